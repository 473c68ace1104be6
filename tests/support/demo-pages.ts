/**
 * The bundled demo pages: each adapter fixture, served at the real address its header comment
 * names. Shared by `npm start`, the end-to-end tests and the benchmarks.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ServedPage } from './seller-center-routes';
import type { TableSelectors } from './simulate-table';

export interface DemoPage extends ServedPage {
  name: string;
  /** Where the rows live, from the fixture's header comment (for scroll and pagination simulation). */
  rows: TableSelectors;
}

const FIXTURE_DIR = 'lib/adapters';

/** Reads `Serve at:`, `Rows container:` and `One row:` from a fixture's header comment. */
export function describeFixture(fixture: string): DemoPage {
  const html = fs.readFileSync(path.resolve(fixture), 'utf8');
  const field = (label: string): string => {
    const match = new RegExp(`^\\s*${label}:\\s*(.+)$`, 'm').exec(html);
    if (!match?.[1]) throw new Error(`${fixture}: header comment lacks "${label}:"`);
    return match[1].trim();
  };
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? path.basename(fixture);
  return {
    name: `${title.split(' - ')[0]} (${path.basename(fixture, '.html').split('.').pop()})`,
    url: field('Serve at'),
    fixture,
    rows: { container: field('Rows container'), row: field('One row') },
  };
}

/** Every page fixture (`<page>.fixture-<variant>.html`), in a stable order. */
export function demoPages(): DemoPage[] {
  return fs
    .readdirSync(FIXTURE_DIR)
    .filter((file) => /\.fixture-[a-z]+\.html$/.test(file))
    .sort()
    .map((file) => describeFixture(path.join(FIXTURE_DIR, file)));
}

export function demoPage(fixtureFile: string): DemoPage {
  return describeFixture(path.join(FIXTURE_DIR, fixtureFile));
}
