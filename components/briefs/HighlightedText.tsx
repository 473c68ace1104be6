import { highlightSegments, type Finding } from '../../lib/briefs/index';

/**
 * A field's text with flagged matches marked. Built from text segments (React text nodes), never
 * HTML: what the seller typed can never become markup.
 */
export function HighlightedText({ text, findings }: { text: string; findings: readonly Finding[] }) {
  const segments = highlightSegments(text, findings);
  return (
    <span className="whitespace-pre-wrap break-words">
      {segments.map((segment, i) => {
        if (segment.findings.length === 0) return <span key={i}>{segment.text}</span>;
        const error = segment.findings.some((f) => f.severity === 'error');
        return (
          <mark
            key={i}
            title={segment.findings.map((f) => f.message).join('\n')}
            className={
              error
                ? 'rounded-sm bg-red-200 text-red-950 underline decoration-red-700 decoration-wavy dark:bg-red-900/70 dark:text-red-50 dark:decoration-red-300'
                : 'rounded-sm bg-amber-200 text-amber-950 dark:bg-amber-800/70 dark:text-amber-50'
            }
          >
            {segment.text}
          </mark>
        );
      })}
    </span>
  );
}
