/**
 * Grows a realistic Find creators table out of the fixture page: rows are clones of one of the
 * fixture's own rows (same Arco markup, packed creator cell, checkbox id, action buttons) with
 * varied values, a few of them ranges or `--` like the real marketplace shows.
 * Works on `find-creators.fixture-a.html` (`<tr>` rows, `arco-` prefix).
 */
import { CATEGORIES, compact, creatorIdFor, DISPLAY_NAMES, handleFor, type Picker } from './random';

export interface FindCreatorsTable {
  body: Element;
  template: Element;
  /** Value generator per column position, chosen from the header text. */
  columns: (((p: Picker) => string) | 'creator' | 'checkbox' | null)[];
}

export function locateFindCreatorsTable(root: ParentNode): FindCreatorsTable {
  const body = root.querySelector('.arco-table tbody');
  const headerRow = root.querySelector('.arco-table thead tr');
  if (!body || !headerRow) throw new Error('No Arco table with a header and a body on this page');
  const template = [...body.children].find(
    (row) => row.querySelector('input[type="checkbox"][value]') && row.querySelector('.handle'),
  );
  if (!template) throw new Error('No fixture row with a checkbox id and a handle to clone');
  const columns = [...headerRow.children].map((th) => columnGenerator(th));
  return { body, template: template.cloneNode(true) as Element, columns };
}

/** Replaces the table's rows with `count` generated ones. */
export function fillRows(table: FindCreatorsTable, count: number, p: Picker, firstIndex = 0): void {
  table.body.replaceChildren();
  appendRows(table, count, p, firstIndex);
}

/** Appends `count` generated rows (creator indexes `firstIndex`…), as infinite scroll would. */
export function appendRows(table: FindCreatorsTable, count: number, p: Picker, firstIndex: number): void {
  const fragment = document.createDocumentFragment();
  for (let offset = 0; offset < count; offset++) fragment.append(makeRow(table, firstIndex + offset, p));
  table.body.append(fragment);
}

function makeRow(table: FindCreatorsTable, index: number, p: Picker): Element {
  const row = table.template.cloneNode(true) as Element;
  const cells = [...row.children];
  table.columns.forEach((column, position) => {
    const cell = cells[position];
    if (!cell || column === null) return;
    if (column === 'checkbox') cell.querySelector('input[type="checkbox"]')?.setAttribute('value', creatorIdFor(index));
    else if (column === 'creator') fillCreatorCell(cell, index, p);
    else setText(cell.querySelector('.arco-table-cell-wrap-value') ?? cell, column(p));
  });
  return row;
}

function fillCreatorCell(cell: Element, index: number, p: Picker): void {
  const handle = cell.querySelector('.handle span') ?? cell.querySelector('.handle');
  if (handle) setText(handle, `@${handleFor(index, p)}`);
  const [name, audience] = cell.querySelectorAll('.sub');
  if (name) setText(name, p.pick(DISPLAY_NAMES));
  if (audience) setText(audience, audienceLine(p));
  const tag = cell.querySelector('.arco-tag');
  const tags = tag?.parentElement;
  if (tag && tags) {
    const chosen = new Set<string>();
    const wanted = 1 + p.int(3);
    while (chosen.size < wanted) chosen.add(p.pick(CATEGORIES));
    tags.replaceChildren(
      ...[...chosen].map((category) => {
        const copy = tag.cloneNode(true) as Element;
        setText(copy.querySelector('.arco-tag-content') ?? copy, category);
        return copy;
      }),
    );
  }
}

function audienceLine(p: Picker): string {
  const followers = compact(followerCount(p));
  if (p.chance(0.05)) return followers;
  const gender = p.chance(0.7) ? 'Female' : 'Male';
  const share = p.chance(0.05) ? '--' : `${50 + p.int(46)}%`;
  const age = p.pick(['18-24', '25-34', '35-44', '45-54'] as const);
  return `${followers}, ${gender} ${share}, ${age}`;
}

function followerCount(p: Picker): number {
  return Math.round(1000 * 10 ** (p.random() * 3.5));
}

function columnGenerator(th: Element): FindCreatorsTable['columns'][number] {
  if (th.querySelector('input[type="checkbox"]') || /checkbox|selection/.test(th.getAttribute('class') ?? '')) return 'checkbox';
  const header = (th.textContent ?? '').trim().toLowerCase();
  if (header === 'creator' || header.startsWith('creator')) return 'creator';
  if (header.includes('gmv') || header === 'sales') return money;
  if (header.includes('follower')) return (p) => compact(followerCount(p));
  if (header.includes('sold')) return (p) => (p.chance(0.15) ? p.pick(['100-1K', '1K-10K', '10-100'] as const) : compact(p.int(50_000)));
  if (header.includes('views')) return (p) => (p.chance(0.05) ? '--' : compact(200 + p.int(2_000_000)));
  if (header.includes('engagement')) return (p) => (p.chance(0.05) ? '--' : `${(0.5 + p.random() * 9).toFixed(p.chance(0.5) ? 1 : 2)}%`);
  if (header.includes('commission')) return (p) => (p.chance(0.2) ? `${5 + p.int(10)}%-${15 + p.int(10)}%` : `${5 + p.int(20)}%`);
  if (header.includes('post rate')) return (p) => (p.chance(0.15) ? '--' : `${40 + p.int(60)}%`);
  return null;
}

function money(p: Picker): string {
  const roll = p.random();
  if (roll < 0.15) return p.pick(['$5K-$25K', '$100-$1K', '$1K-$10K', '$25K+'] as const);
  if (roll < 0.2) return '--';
  if (roll < 0.35) return `$${(p.random() * 9_000).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  return `$${compact(1_000 + p.int(2_000_000))}`;
}

function setText(element: Element, text: string): void {
  element.textContent = text;
}
