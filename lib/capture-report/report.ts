/**
 * The capture report: per page visit, what Creator Desk saw and did — page kind, language, tables seen
 * (their headers), API answers seen (path and key shape), which table adapter or page-data decoder read
 * them, rows read / stored / rejected with reasons. Built from the capture log. The text a seller copies
 * holds no names, handles, ids or figures: page kinds, column headers, API paths, key shapes, fixed
 * reasons and row counts only. Nothing is ever sent by the extension.
 */
import type { CaptureLogEntry } from '../model/entities';
import { PAGE_KIND_LABELS } from '../pages/page-kind';

export interface ReaderLine {
  /** Table adapter id, or `page-data:<endpoint>`. */
  reader: string;
  fromPageData: boolean;
  entity?: string;
  rowsRead: number;
  stored: number;
  rejected: number;
  reasons: { reason: string; count: number }[];
  failed: number;
}

export interface VisitReport {
  pageKind: string;
  host: string;
  path: string;
  from: number;
  to: number;
  language?: string;
  /** Header lists of tables no adapter recognised. */
  tables: string[][];
  /** API answers that were not read: path, key shape, what happened. */
  answers: { path: string; shape?: string; note?: string }[];
  readers: ReaderLine[];
}

/** Entries of one page (same host and path) less than this apart belong to one visit. */
const VISIT_GAP_MS = 30 * 60_000;

function hostAndPath(url: string): { host: string; path: string } {
  try {
    const parsed = new URL(url);
    return { host: parsed.host, path: parsed.pathname };
  } catch {
    return { host: '', path: '' };
  }
}

/** Visits, newest first, from capture-log entries in any order. */
export function buildCaptureReport(entries: readonly CaptureLogEntry[]): VisitReport[] {
  const sorted = [...entries].sort((a, b) => a.at - b.at);
  const visits: VisitReport[] = [];
  let current: VisitReport | undefined;
  for (const entry of sorted) {
    const { host, path } = hostAndPath(entry.url);
    if (!current || current.host !== host || current.path !== path || entry.at - current.to > VISIT_GAP_MS) {
      current = { pageKind: entry.pageKind, host, path, from: entry.at, to: entry.at, tables: [], answers: [], readers: [] };
      visits.push(current);
    }
    current.to = entry.at;
    if (entry.language) current.language = entry.language;
    if (entry.apiPath) {
      if (!current.answers.some((answer) => answer.path === entry.apiPath && answer.shape === entry.keyShape)) {
        current.answers.push({ path: entry.apiPath, ...(entry.keyShape ? { shape: entry.keyShape } : {}), ...(entry.message ? { note: entry.message } : {}) });
      }
      continue;
    }
    if (entry.status === 'unrecognized') {
      const headers = entry.headers ?? [];
      if (!current.tables.some((table) => table.join('\u0000') === headers.join('\u0000'))) current.tables.push(headers);
      continue;
    }
    const reader = entry.adapter ?? 'table';
    let line = current.readers.find((item) => item.reader === reader && item.entity === entry.entity);
    if (!line) {
      line = { reader, fromPageData: reader.startsWith('page-data:'), rowsRead: 0, stored: 0, rejected: 0, reasons: [], failed: 0, ...(entry.entity ? { entity: entry.entity } : {}) };
      current.readers.push(line);
    }
    line.rowsRead += entry.rowsRead;
    line.rejected += entry.rejected;
    if (entry.status === 'failed') line.failed += 1;
    else line.stored += entry.created + entry.updated + entry.unchanged;
    for (const { reason, count } of entry.reasons) {
      const known = line.reasons.find((item) => item.reason === reason);
      if (known) known.count += count;
      else line.reasons.push({ reason, count });
    }
  }
  return visits.reverse();
}

function pageLabel(kind: string): string {
  return (PAGE_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

/** Text from the page's own world (headers, shapes) kept to one plain line each: no digits runs (ids, figures). */
function safe(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/\d{3,}/g, '#').slice(0, 300);
}

/** The report as text a seller can send (no names, handles, ids or figures). */
export function captureReportText(visits: readonly VisitReport[], now: number): string {
  const lines = [`Creator Desk capture report (${new Date(now).toISOString().slice(0, 16)}Z)`, ''];
  if (visits.length === 0) lines.push('No page visits recorded yet.');
  for (const visit of visits) {
    lines.push(`${pageLabel(visit.pageKind)} — ${visit.host}${visit.path} — ${new Date(visit.from).toISOString().slice(0, 16)}Z`);
    lines.push(`  Language: ${visit.language ?? 'unknown'}`);
    for (const reader of visit.readers) {
      const source = reader.fromPageData ? 'page data' : 'table';
      const reasons = reader.reasons.map(({ reason, count }) => `${count} ${safe(reason)}`).join('; ');
      lines.push(
        `  Read by ${reader.reader} (${source}${reader.entity ? `, ${reader.entity}` : ''}): ${reader.rowsRead} read, ${reader.stored} stored, ${reader.rejected} rejected${reasons ? ` (${reasons})` : ''}${reader.failed ? `, ${reader.failed} failed saves` : ''}`,
      );
    }
    for (const table of visit.tables) lines.push(`  Table not recognised, headers: ${table.map(safe).join(' | ') || '(none)'}`);
    for (const answer of visit.answers) lines.push(`  API answer not read: ${safe(answer.path)}${answer.shape ? ` shape ${safe(answer.shape)}` : ''}${answer.note ? ` — ${safe(answer.note)}` : ''}`);
    if (visit.readers.length === 0 && visit.tables.length === 0 && visit.answers.length === 0) lines.push('  Nothing read.');
    lines.push('');
  }
  return lines.join('\n');
}
