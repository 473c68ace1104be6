/**
 * Creator data / Creator analysis export rows → `CreatorRow`.
 *
 * Identity: stored creators are keyed by id or handle, so a row needs a TikTok username. It comes
 * from a username/handle/"Account name" column, else a profile link (`tiktok.com/@handle`), else the
 * "Creator name" cell when that is a plausible username (it is, in the exports seen). A name that is
 * not a username (`🌸 Bloom Beauty`, `=HYPERLINK(…)`) with no other source of a handle is rejected;
 * alongside a username it is kept as the display name.
 * A creator listed twice in one file gives one row: later cells win where they have a value.
 */
import type { CreatorMetricName, CreatorMetrics, CreatorRow } from '../model/entities';
import { normaliseHandle } from '../parse/values';
import { cellId, sheetCellQuantity, sheetCellText, cellValueText, type Cell } from './cells';
import { CREATOR_COLUMNS, matchExportColumns, type ColumnIndex, type CreatorField } from './header-names';
import { REJECTION, Rejections } from './rejections';
import type { RowMapper } from './row-mapper';

const METRIC_COLUMNS = CREATOR_COLUMNS.filter(
  (spec): spec is Extract<(typeof CREATOR_COLUMNS)[number], { field: CreatorMetricName }> =>
    !['handle', 'name', 'profileLink', 'creatorId'].includes(spec.field),
);

const PROFILE_HANDLE = /tiktok\.com\/@([A-Za-z0-9_.]{1,30})(?:[/?#]|$)/i;

/** The username as displayed (no `@`, case kept) when the text is one, else null. */
function displayedHandle(text: string | null): string | null {
  if (text === null || normaliseHandle(text) === null) return null;
  return text.trim().replace(/^@/, '').trim();
}

export class CreatorRowMapper implements RowMapper<CreatorRow> {
  readonly rejections = new Rejections();
  merged = 0;
  private readonly index: ColumnIndex<CreatorField>;
  private readonly byHandle = new Map<string, CreatorRow>();

  constructor(
    headers: readonly string[],
    private readonly region?: string,
  ) {
    this.index = matchExportColumns(headers, CREATOR_COLUMNS);
  }

  private cell(cells: readonly Cell[], field: CreatorField): Cell {
    const position = this.index[field];
    return position === undefined ? null : cells[position];
  }

  add(cells: readonly Cell[]): void {
    const handleText = cellValueText(this.cell(cells, 'handle'));
    const nameText = cellValueText(this.cell(cells, 'name'));
    const linkMatch = PROFILE_HANDLE.exec(cellValueText(this.cell(cells, 'profileLink')) ?? '');
    const handle = displayedHandle(handleText) ?? displayedHandle(linkMatch?.[1] ?? null) ?? displayedHandle(nameText);
    if (handle === null) {
      if (handleText === null && nameText === null && !linkMatch) this.rejections.add(REJECTION.noCreatorName);
      else this.rejections.add(REJECTION.notAHandle, handleText ?? nameText ?? sheetCellText(this.cell(cells, 'profileLink')));
      return;
    }

    const row: CreatorRow = { handle, metrics: this.metrics(cells) };
    const creatorId = cellId(this.cell(cells, 'creatorId'));
    if ('id' in creatorId) row.creatorId = creatorId.id;
    if (nameText !== null && displayedHandle(nameText)?.toLowerCase() !== handle.toLowerCase()) row.displayName = nameText;

    const key = handle.toLowerCase();
    const earlier = this.byHandle.get(key);
    if (earlier) {
      this.merged += 1;
      this.byHandle.set(key, { ...earlier, ...row, metrics: { ...earlier.metrics, ...row.metrics } });
    } else {
      this.byHandle.set(key, row);
    }
  }

  private metrics(cells: readonly Cell[]): CreatorMetrics {
    const metrics: CreatorMetrics = {};
    for (const spec of METRIC_COLUMNS) {
      const position = this.index[spec.field];
      if (position === undefined) continue;
      const quantity = sheetCellQuantity(cells[position], spec.value, this.region);
      if (quantity) metrics[spec.field] = quantity;
    }
    return metrics;
  }

  finish(): Promise<CreatorRow[]> {
    return Promise.resolve([...this.byHandle.values()]);
  }
}
