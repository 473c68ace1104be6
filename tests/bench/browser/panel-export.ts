/**
 * Browser entry: times the panel's scorecard export (`buildScorecardFile`, what "Export scorecards"
 * and "XLSX" run before the download) for the roster of the panel dataset. The scorecards are
 * computed first with the panel's own analyser (not timed). Exposes `window.runBench(options)`.
 */
import { DEFAULT_SETTINGS } from '../../../lib/analytics/index';
import { ProgramAnalyser } from '../../../lib/analytics/program-analyser';
import { buildScorecardFile } from '../../../lib/export/scorecard-file';
import { generatePanelData, type PanelDataSize } from './panel-data';

export interface ExportOptions {
  size: PanelDataSize;
  runs: number;
  warmup: number;
}

export interface ExportResult {
  scorecards: number;
  csv: { samplesMs: number[]; bytes: number; rows: number };
  xlsx: { samplesMs: number[]; bytes: number; rows: number };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function runBench(options: ExportOptions): Promise<ExportResult> {
  const asOf = Date.now();
  const { programs, ...data } = generatePanelData(options.size, asOf);
  const view = new ProgramAnalyser().analyse({ data, programs, settings: DEFAULT_SETTINGS, asOf, windowDays: DEFAULT_SETTINGS.scorecardWindowDays });

  const time = async (format: 'csv' | 'xlsx') => {
    const samplesMs: number[] = [];
    let bytes = 0;
    let rows = 0;
    for (let i = 0; i < options.warmup + options.runs; i++) {
      await nextTask();
      const start = performance.now();
      const file = await buildScorecardFile(view, format);
      const ms = performance.now() - start;
      if (i >= options.warmup) samplesMs.push(ms);
      bytes = file.blob.size;
      rows = file.rows;
    }
    return { samplesMs, bytes, rows };
  };
  const csv = await time('csv');
  const xlsx = await time('xlsx');
  return { scorecards: view.scorecards.length, csv, xlsx };
}

Object.assign(window, { runBench });
