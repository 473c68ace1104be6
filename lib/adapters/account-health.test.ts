import type { EligibilityRow } from '../model/eligibility';
import { NO_VIOLATION_DATE, NOT_WATCHED, NO_RATING } from './account-health';
import { matchTables, readRows, type TableMatch } from './index';
import { loadFixture } from './testing';

function tables(root: ParentNode): TableMatch[] {
  const found = matchTables(root, 'account-health');
  if (!Array.isArray(found)) throw new Error('tables not recognised');
  return found;
}

function read(match: TableMatch, region = 'US') {
  return readRows(match, 0, match.rowCount, { region }) as { rows: EligibilityRow[]; rejected: { reason: string; count: number }[] };
}

function body(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html').body;
}

const table = (headers: string[], rows: string[][]) =>
  `<div class="theme-arco-table"><table><thead><tr>${headers.map((h) => `<th class="theme-arco-table-th">${h}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr class="theme-arco-table-tr">${row.map((cell) => `<td class="theme-arco-table-td">${cell}</td>`).join('')}</tr>`)
    .join('')}</tbody></table></div>`;

describe('account health, fixture (Seller Center US, layout inferred)', () => {
  const [metrics, violations] = tables(loadFixture('account-health.fixture.html'));

  it('recognises both tables: metrics, then violation records', () => {
    expect(metrics?.adapter.id).toBe('account-health-metrics');
    expect(violations?.adapter.id).toBe('account-health-violations');
  });

  it('reads the store rating, and only it, from the metrics', () => {
    const read1 = read(metrics!);
    expect(read1.rows).toEqual([{ kind: 'store-rating', storeRating: 2.9 }]);
    expect(read1.rejected).toEqual([{ reason: NOT_WATCHED, count: 5 }]);
  });

  it('reads every dated violation, counterfeit ones marked; an undated one is rejected', () => {
    const read2 = read(violations!);
    expect(read2.rows).toEqual([
      { kind: 'violation', day: '2026-11-10', counterfeit: false, policy: 'Order fulfillment' },
      { kind: 'violation', day: '2026-10-02', counterfeit: false, policy: 'Policy compliance' },
      { kind: 'violation', day: '2026-08-14', counterfeit: true, policy: 'Intellectual property' },
    ]);
    expect(read2.rejected).toEqual([{ reason: NO_VIOLATION_DATE, count: 1 }]);
  });
});

describe('account health edge cases', () => {
  it('reads dates in the region’s order and ratings with a decimal comma', () => {
    const [m, v] = tables(
      body(
        table(['Indicator', 'Current'], [['Shop rating', '4,3'], ['Store rating', '7'], ['Store rating', '--']]) +
          table(['Violation type', 'Date'], [['Counterfeit product', '05/03/2026'], ['Sale of fake goods', '2026-03-07']]),
      ),
    );
    expect(read(m!, 'DE')).toEqual({ rows: [{ kind: 'store-rating', storeRating: 4.3 }], rejected: [{ reason: NO_RATING, count: 2 }] });
    expect(read(v!, 'GB').rows).toEqual([
      { kind: 'violation', day: '2026-03-05', counterfeit: true },
      { kind: 'violation', day: '2026-03-07', counterfeit: true },
    ]);
  });

  it('is not read on other pages, and tables without the needed columns are not its tables', () => {
    expect(matchTables(loadFixture('account-health.fixture.html'), 'manage-creators')).toMatchObject({ unrecognized: expect.any(Array) });
    expect(matchTables(body(table(['Metric', 'Points'], [['Store rating', '4']])), 'account-health')).toEqual({ unrecognized: [['Metric', 'Points']] });
  });
});
