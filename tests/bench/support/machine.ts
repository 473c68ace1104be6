/** The machine a run was measured on, for the report header. */
import os from 'node:os';

export interface MachineInfo {
  date: string;
  cores: number;
  cpu: string;
  memoryGb: number;
  platform: string;
  node: string;
  chromium: string | null;
  /** 1-minute load average when the run started and ended: other work on the machine skews timings. */
  loadAverage: { start: number; end: number };
}

export function describeMachine(chromium: string | null, loadAtStart: number): MachineInfo {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    cores: os.availableParallelism?.() ?? cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
    loadAverage: { start: loadAtStart, end: currentLoad() },
  };
}

export function currentLoad(): number {
  return Math.round((os.loadavg()[0] ?? 0) * 100) / 100;
}

export function availableCores(): number {
  return os.availableParallelism?.() ?? os.cpus().length;
}
