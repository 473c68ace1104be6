/**
 * Import benchmark: a 50,000-row Video data export (25,000 videos × 2 products, the 22 columns of
 * the real file), generated in memory as CSV and as .xlsx, imported with `importExportFile`.
 * Budget: ≤ 10 s each on our 2-core machines.
 *
 * Reported per file: wall time, CPU time, rows read, peak memory (V8 heap plus ArrayBuffers, above the level
 * before the import, sampled on every progress call and every 5 ms the event loop was free) and
 * the longest stretch the event loop was blocked (what a side panel would feel as a freeze).
 * Run in Node through jiti:
 *   node -e "(async () => { const { createJiti } = await import('jiti'); const j = createJiti(process.cwd() + '/'); const { runImportBench } = await j.import('./tests/bench/import.bench.ts'); console.table(await runImportBench()) })()"
 */
import writeExcelFile from 'write-excel-file/node';
import { importExportFile } from '../../lib/import';

export const BENCH_ROWS = 50_000;

const HEADERS = [
  'Video title', 'Video ID', 'Post date', 'Video link', 'Creator name', 'Product ID', 'Video-attributed GMV',
  'Video-attributed orders', 'Video-attributed items sold', 'AOV', 'Avg. GMV per customer', 'Refunds',
  'Items refunded', 'Est. commission', 'Video views', 'Likes', 'Comments', 'Shares', 'Completion rate', 'CTR',
  'Engagement', 'Video GPM',
];

/** Row `index` of the export, as the cells a CSV would hold (text, as TikTok writes them). */
function exportRow(index: number): string[] {
  const video = Math.floor(index / 2);
  const product = index % 2;
  const videoId = `73${String(video).padStart(17, '0')}`;
  const creator = `creator_${video % 2000}`;
  const gmv = ((index * 37) % 5000) + 0.5;
  const orders = (index * 7) % 40;
  return [
    `Video ${video}: routine, tips & "tricks"`,
    videoId,
    `${String((video % 12) + 1).padStart(2, '0')}/${String((video % 28) + 1).padStart(2, '0')}/2026`,
    `https://www.tiktok.com/@${creator}/video/${videoId}`,
    creator,
    `17290000000000000${product}${video % 10}`,
    `$${gmv.toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
    String(orders),
    String(orders + 1),
    orders > 0 ? `$${(gmv / orders).toFixed(2)}` : '--',
    '--',
    index % 10 === 0 ? '$5.00' : '--',
    index % 10 === 0 ? '1' : '0',
    `$${(gmv / 10).toFixed(2)}`,
    `${(video % 900) + 1}.${video % 10}K`,
    String(video % 5000),
    String(video % 300),
    String(video % 50),
    `${video % 100}.5%`,
    `${(video % 10) / 2}%`,
    `${video % 20}.1%`,
    `$${(video % 30) + 0.25}`,
  ];
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function makeVideoCsv(rows = BENCH_ROWS): ArrayBuffer {
  const lines = [HEADERS.join(',')];
  for (let index = 0; index < rows; index++) lines.push(exportRow(index).map(csvField).join(','));
  const bytes = new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export async function makeVideoXlsx(rows = BENCH_ROWS): Promise<ArrayBuffer> {
  const sheet: (string | number | null)[][] = [HEADERS];
  for (let index = 0; index < rows; index++) {
    const cells: (string | number | null)[] = exportRow(index);
    // Numbers as an .xlsx holds them: counts and amounts numeric, ids and formatted values as text.
    for (const column of [7, 8, 12, 15, 16, 17]) cells[column] = Number(cells[column]);
    cells[6] = ((index * 37) % 5000) + 0.5;
    sheet.push(cells);
  }
  const bytes = await writeExcelFile(sheet).toBuffer();
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function memoryInUse(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

export interface ImportBenchResult {
  name: string;
  ms: number;
  rows: number;
  peakHeapMB: number;
  /** CPU time of the process during the import (wall time on a shared 2-core machine can be much longer). */
  cpuMs: number;
  /** Longest time the event loop was blocked during the import. */
  longestBlockMs: number;
}

async function timeImport(name: string, data: ArrayBuffer): Promise<ImportBenchResult> {
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = memoryInUse();
  let peak = baseline;
  let longestBlock = 0;
  let lastTick = performance.now();
  const ticker = setInterval(() => {
    const tick = performance.now();
    longestBlock = Math.max(longestBlock, tick - lastTick);
    lastTick = tick;
    peak = Math.max(peak, memoryInUse());
  }, 5);

  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const outcome = await importExportFile(
    { name, data },
    { onProgress: () => (peak = Math.max(peak, memoryInUse())) },
  );
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(ticker);
  longestBlock = Math.max(longestBlock, performance.now() - lastTick);
  peak = Math.max(peak, memoryInUse());
  if ('error' in outcome) throw new Error(`${name}: ${outcome.error}`);
  return {
    name,
    ms: Math.round(ms),
    rows: outcome.rowsRead,
    peakHeapMB: Math.round(((peak - baseline) / 1024 / 1024) * 10) / 10,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    longestBlockMs: Math.round(longestBlock),
  };
}

export async function runImportBench(): Promise<ImportBenchResult[]> {
  const csv = makeVideoCsv();
  const csvResult = await timeImport(`import ${BENCH_ROWS.toLocaleString('en-US')}-row video export (.csv)`, csv);
  const xlsx = await makeVideoXlsx();
  const xlsxResult = await timeImport(`import ${BENCH_ROWS.toLocaleString('en-US')}-row video export (.xlsx)`, xlsx);
  return [csvResult, xlsxResult];
}
