/**
 * The bench runner (started by run-bench.mjs through jiti): runs the registered benches one after
 * another, prints a table, writes bench-output/results.json and records the runs in
 * docs/benchmarks.{md,json}. `--only=id,id` runs a subset and records nothing unless `--record` is
 * given, which replaces only those benches there (work in progress is not recorded by accident).
 * Exit code 1 only when a bench crashed; budgets are reported, not asserted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { BENCHES } from './registry';
import { createBenchBrowsers } from './support/bench-browser';
import { availableCores, currentLoad, describeMachine } from './support/machine';
import { consoleTable, jsonReport, markdownReport, mergeRuns, runsOfJson, type BenchRun } from './support/report';
import type { BenchContext, BenchRow } from './types';

export async function main(argv: readonly string[]): Promise<number> {
  const root = process.cwd();
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',').filter(Boolean);
  const unknown = only?.filter((id) => !BENCHES.some((bench) => bench.id === id)) ?? [];
  if (unknown.length > 0) {
    console.error(`Unknown bench id(s): ${unknown.join(', ')}. Known: ${BENCHES.map((bench) => bench.id).join(', ')}`);
    return 2;
  }
  const selected = only ? BENCHES.filter((bench) => only.includes(bench.id)) : BENCHES;

  const browsers = createBenchBrowsers();
  const ctx: BenchContext = { root, browsers, log: (message) => console.error(`[bench] ${message}`) };
  const loadAtStart = currentLoad();
  const started = performance.now();
  const runs: BenchRun[] = [];
  try {
    for (const bench of selected) {
      ctx.log(`${bench.title}…`);
      const benchStarted = performance.now();
      const loadStart = currentLoad();
      const date = new Date().toISOString();
      let rows: BenchRow[];
      try {
        rows = await bench.run(ctx);
      } catch (error) {
        console.error(error);
        rows = [{ id: `${bench.id}.error`, label: bench.title, value: null, unit: '', status: 'error', note: errorText(error) }];
      }
      const seconds = (performance.now() - benchStarted) / 1000;
      const load = { start: loadStart, end: currentLoad() };
      const noisy = Math.max(load.start, load.end) > availableCores();
      runs.push({ bench, rows, seconds, date, load, noisy });
      if (noisy) ctx.log(`${bench.title}: the machine was busy (load ${load.start} → ${load.end}); ratios hold better than absolute times`);
      ctx.log(`${bench.title} done in ${seconds.toFixed(1)} s`);
    }
  } finally {
    await browsers.close();
  }

  const report = { machine: describeMachine(browsers.version(), loadAtStart), totalSeconds: (performance.now() - started) / 1000, runs };
  console.log(consoleTable(report));

  const outputDir = path.join(root, 'bench-output');
  fs.mkdirSync(outputDir, { recursive: true });
  fs.writeFileSync(path.join(outputDir, 'results.json'), `${JSON.stringify(jsonReport(report), null, 2)}\n`);
  if (!only || argv.includes('--record')) {
    const docs = path.join(root, 'docs');
    const recordedPath = path.join(docs, 'benchmarks.json');
    const recorded = only && fs.existsSync(recordedPath) ? runsOfJson(JSON.parse(fs.readFileSync(recordedPath, 'utf8'))) : [];
    const all = { ...report, runs: mergeRuns(recorded, runs, BENCHES.map((bench) => bench.id)) };
    fs.mkdirSync(docs, { recursive: true });
    fs.writeFileSync(path.join(docs, 'benchmarks.md'), markdownReport(all));
    fs.writeFileSync(recordedPath, `${JSON.stringify(jsonReport(all), null, 2)}\n`);
    console.log('\nWritten: docs/benchmarks.md, docs/benchmarks.json, bench-output/results.json');
  } else {
    console.log('\nWritten: bench-output/results.json (add --record to record these benches in docs/benchmarks.md)');
  }
  return runs.some((run) => run.rows.some((row) => row.status === 'error')) ? 1 : 0;
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.slice(0, 300) ?? 'unknown error';
}
