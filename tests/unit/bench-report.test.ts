import { describe, expect, it } from 'vitest';
import { jsonReport, markdownReport, mergeRuns, runsOfJson, type BenchRun, type RunReport } from '../bench/support/report';
import { withBaseline } from '../bench/types';

const run = (id: string, date: string, value: number): BenchRun => ({
  bench: { id, title: `Bench ${id}`, method: `How ${id} measures.` },
  rows: [withBaseline({ id: `${id}.row`, label: `${id} row`, value, unit: 'ms', status: 'measured', budget: { kind: 'max', limit: 100 } }, 50, 'plain pass', 3)],
  seconds: 12,
  date,
  load: { start: 1.2, end: 3.4 },
  noisy: true,
});

const report = (runs: BenchRun[]): RunReport => ({
  machine: { date: '2026-12-02T10:00:00.000Z', cores: 2, cpu: 'CPU', memoryGb: 24, platform: 'Linux', node: 'v20', chromium: '156', loadAverage: { start: 1, end: 2 } },
  totalSeconds: 12,
  runs,
});

describe('recorded bench results', () => {
  it('reads back what it wrote', () => {
    const runs = [run('a', '2026-12-01T09:00:00.000Z', 80)];
    const back = runsOfJson(JSON.parse(JSON.stringify(jsonReport(report(runs)))));
    expect(back).toHaveLength(1);
    expect(back[0]!.bench).toEqual(runs[0]!.bench);
    expect(back[0]!.date).toBe(runs[0]!.date);
    expect(back[0]!.rows[0]!.ratio).toBe(1.6);
  });

  it('treats a missing or foreign file as nothing recorded', () => {
    expect(runsOfJson(null)).toEqual([]);
    expect(runsOfJson({ benches: 'x' })).toEqual([]);
    expect(runsOfJson({ benches: [{ id: 3 }, { id: 'b' }] })).toEqual([]);
  });

  it('replaces only the benches run again, in registry order', () => {
    const recorded = [run('a', '2026-12-01T09:00:00.000Z', 80), run('c', '2026-12-01T09:30:00.000Z', 90)];
    const merged = mergeRuns(recorded, [run('b', '2026-12-02T09:00:00.000Z', 70), run('a', '2026-12-02T10:00:00.000Z', 120)], ['a', 'b', 'c']);
    expect(merged.map((r) => `${r.bench.id} ${r.date}`)).toEqual(['a 2026-12-02T10:00:00.000Z', 'b 2026-12-02T09:00:00.000Z', 'c 2026-12-01T09:30:00.000Z']);
  });

  it('leads with the ratios and says when and how busy each bench ran', () => {
    const text = markdownReport(report([run('a', '2026-12-01T09:00:00.000Z', 120)]));
    expect(text.indexOf('## Ratios to same-run baselines')).toBeLessThan(text.indexOf('## Results by bench'));
    expect(text).toContain('| a row | 2.4× | ≤ 3× | pass |');
    expect(text).toContain('2026-12-01 09:00 UTC, noisy (load 1.2 → 3.4), 12.0 s. How a measures.');
    expect(text).toContain('Over budget: a row (120 ms, budget ≤ 100 ms).');
  });
});
