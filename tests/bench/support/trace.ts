/**
 * Attributing main-thread tasks to the extension. Long tasks seen by the page cannot tell whose
 * code ran; a DevTools timeline trace can: script events carry their source URL, so the time
 * spent in `chrome-extension://` scripts inside each task is measurable.
 */
import type { BrowserContext, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: unlike `dur`, not stretched when the machine is busy. */
  tdur?: number;
  args?: {
    name?: string;
    data?: { url?: string; functionName?: string; lineNumber?: number; frames?: { url?: string; processId?: number }[] };
  };
}

export interface TaskAttribution {
  /** Main-thread task length, ms. */
  durationMs: number;
  /** Time inside it spent in the extension's scripts, ms. */
  extensionMs: number;
  /** CPU time of the main thread spent in the extension's scripts inside the task, ms. */
  extensionCpuMs: number;
  /** The longest extension script event in the task, e.g. `FunctionCall scan (content.js:1)`. */
  longestExtensionEvent?: string;
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute'];

/** Runs `action` while tracing the browser; returns the page renderer's main-thread tasks with their extension share. */
export async function traceTasks<T>(
  context: BrowserContext,
  page: Page,
  action: () => Promise<T>,
): Promise<{ result: T; tasks: TaskAttribution[] }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  let result: T;
  try {
    result = await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return { result, tasks: attribute(events, page.url()) };
}

function attribute(events: TraceEvent[], pageUrl: string): TaskAttribution[] {
  const pid = pageProcess(events, pageUrl);
  const tid = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  if (pid === undefined || tid === undefined) throw new Error('Trace has no renderer main thread for the page');
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && typeof e.dur === 'number');
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const extensionEvents = onMain.filter((e) => e.args?.data?.url?.startsWith('chrome-extension://'));
  const extension = mergeIntervals(extensionEvents.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as [number, number]));
  const outermost = outermostEvents(extensionEvents);
  return tasks.map((task) => {
    const start = task.ts;
    const end = task.ts + (task.dur ?? 0);
    let inside = 0;
    for (const [from, to] of extension) {
      if (to <= start) continue;
      if (from >= end) break;
      inside += Math.min(to, end) - Math.max(from, start);
    }
    const longest = extensionEvents
      .filter((e) => e.ts >= start && e.ts < end)
      .reduce<TraceEvent | undefined>((best, e) => (!best || (e.dur ?? 0) > (best.dur ?? 0) ? e : best), undefined);
    const cpu = outermost.filter((e) => e.ts >= start && e.ts < end).reduce((sum, e) => sum + (e.tdur ?? 0), 0);
    return {
      durationMs: (task.dur ?? 0) / 1000,
      extensionMs: inside / 1000,
      extensionCpuMs: cpu / 1000,
      longestExtensionEvent: longest ? describe(longest) : undefined,
    };
  });
}

function describe(event: TraceEvent): string {
  const data = event.args?.data;
  const file = data?.url?.split('/').pop() ?? '';
  const where = data?.lineNumber !== undefined ? `${file}:${data.lineNumber}` : file;
  return `${event.name}${data?.functionName ? ` ${data.functionName}` : ''} (${where}, ${((event.dur ?? 0) / 1000).toFixed(1)} ms)`;
}

function pageProcess(events: TraceEvent[], pageUrl: string): number | undefined {
  for (const event of events) {
    if (event.name !== 'TracingStartedInBrowser') continue;
    const frame = event.args?.data?.frames?.find((f) => f.url === pageUrl) ?? event.args?.data?.frames?.[0];
    if (frame?.processId !== undefined) return frame.processId;
  }
  return undefined;
}

/** Events not nested inside another of the list (so nested script events are not counted twice). */
function outermostEvents(events: TraceEvent[]): TraceEvent[] {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const result: TraceEvent[] = [];
  let coveredUntil = -Infinity;
  for (const event of sorted) {
    if (event.ts < coveredUntil) continue;
    result.push(event);
    coveredUntil = event.ts + (event.dur ?? 0);
  }
  return result;
}

function mergeIntervals(intervals: [number, number][]): [number, number][] {
  const sorted = intervals.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of sorted) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}
