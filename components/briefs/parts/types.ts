import type { Brief, CheckPart, Finding } from '../../../lib/briefs/index';

/** What every part editor gets from the brief editor. */
export interface PartProps {
  brief: Brief;
  onChange: (next: Brief) => void;
  /** The brief the findings were computed from (a moment behind while typing). */
  checked: Brief;
  findings: readonly Finding[];
  /** Stable element id of a field, so findings can focus it. */
  fieldId: (part: CheckPart, item?: number | null) => string;
}

/** `aria-describedby` for a field: its hint plus its findings when it has any. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const kept = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return kept.length ? kept.join(' ') : undefined;
}
