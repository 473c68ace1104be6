/** A creator update template filled from data, in a channel's own syntax (see update-templates.ts). */
import { formatDayLong } from '../format/day';
import { IN_BRIEFS, formatPercentText } from '../format/number';
import { bold, literal, type Channel } from './channel-text';
import type { UpdateTemplate } from './update-templates';

export interface DateRange {
  /** `YYYY-MM-DD`. */
  start: string;
  end?: string;
}

export interface UpdateData {
  creatorName?: string | null;
  productName?: string | null;
  /** Fractions (0.15 = 15%) or text as the seller wants it shown. */
  oldRate?: number | string | null;
  newRate?: number | string | null;
  campaignName?: string | null;
  dates?: string | DateRange | null;
  incentive?: string | null;
  tip?: string | null;
  senderName?: string | null;
  /** `group` greets everyone (for group chats) instead of one creator. */
  audience?: 'creator' | 'group';
}

export interface RenderedUpdate {
  channel: Channel;
  subject: string;
  text: string;
  /** Placeholders that had no value and were left in the text as `{name}`. */
  missing: string[];
}

/** `11 May 2026`, `11–17 May 2026`, `28 Apr – 4 May 2026`, `30 Dec 2026 – 3 Jan 2027`. */
export function formatDateRange(range: DateRange): string {
  const start = formatDayLong(range.start);
  if (!range.end || range.end === range.start) return start;
  const end = formatDayLong(range.end);
  const [sd, sm, sy] = start.split(' ');
  const [ed, em, ey] = end.split(' ');
  if (!sy || !ey || !sd || !ed) return `${start} – ${end}`;
  if (sy === ey && sm === em) return `${sd}–${ed} ${em} ${ey}`;
  if (sy === ey) return `${sd} ${sm} – ${ed} ${em} ${ey}`;
  return `${start} – ${end}`;
}

function rate(value: number | string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? formatPercentText(value, IN_BRIEFS) : undefined;
  return value.trim() || undefined;
}

function text(value: string | null | undefined): string | undefined {
  return value?.trim() || undefined;
}

function placeholderValues(data: UpdateData): Record<string, string | undefined> {
  const creatorName = text(data.creatorName);
  const sender = text(data.senderName);
  return {
    greeting: data.audience === 'group' ? 'Hi everyone,' : creatorName ? `Hi ${creatorName},` : 'Hi there,',
    creatorName,
    productName: text(data.productName),
    oldRate: rate(data.oldRate),
    newRate: rate(data.newRate),
    campaignName: text(data.campaignName),
    dates: typeof data.dates === 'string' ? text(data.dates) : data.dates ? formatDateRange(data.dates) : undefined,
    incentive: text(data.incentive),
    tip: text(data.tip),
    signOff: sender ? `Thanks,\n${sender}` : 'Thanks!',
  };
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills a template string for a channel; see the file comment for the syntax. */
export function fillTemplate(
  template: string,
  values: Record<string, string | undefined>,
  channel: Channel,
): { text: string; missing: string[] } {
  const missing = new Set<string>();
  const known = (key: string) => values[key] !== undefined;
  // Optional segments first: dropped whole when any placeholder inside is unknown.
  const source = template.replace(/\[\[([\s\S]*?)\]\]/g, (_whole, inner: string) =>
    [...inner.matchAll(PLACEHOLDER)].every((m) => known(m[1] ?? '')) ? inner : '',
  );
  const fill = (segment: string) =>
    segment.replace(PLACEHOLDER, (whole, key: string) => {
      const value = values[key];
      if (value === undefined) {
        missing.add(key);
        return whole;
      }
      // Greeting and sign-off are our own text, not the seller's: nothing to escape.
      return key === 'greeting' || key === 'signOff' ? value : literal(channel, value);
    });
  // Bold segments and the plain text between them are filled separately, so values are
  // inserted once and never re-read as template syntax.
  let text = '';
  let last = 0;
  for (const m of source.matchAll(/\*\*([\s\S]+?)\*\*/g)) {
    text += fill(source.slice(last, m.index));
    text += bold(channel, fill(m[1] ?? ''));
    last = m.index + m[0].length;
  }
  text += fill(source.slice(last));
  return { text, missing: [...missing] };
}

/** The placeholders a template uses, subject first, each once in order of first use. */
export function templatePlaceholders(template: UpdateTemplate): string[] {
  return [...new Set([...`${template.subject}\n${template.body}`.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/** Renders one update template with data for a channel. */
export function renderUpdate(template: UpdateTemplate, data: UpdateData, channel: Channel = 'plain'): RenderedUpdate {
  const values = placeholderValues(data);
  const body = fillTemplate(template.body, values, channel);
  const subject = fillTemplate(template.subject, values, 'plain');
  return {
    channel,
    subject: subject.text,
    text: body.text,
    missing: [...new Set([...subject.missing, ...body.missing])],
  };
}
