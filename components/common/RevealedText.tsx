import { Fragment } from 'react';
import { invisibleSegments } from '../../lib/text/invisible';

/**
 * Text from a page or a file, with the characters that would change how it reads (bidi controls,
 * stray zero-width characters) shown as visible marks such as `⟨RLO⟩`. The whole is isolated
 * (`<bdi>`), so a name cannot reorder the text around it either.
 */
export function RevealedText({ text }: { text: string }) {
  const segments = invisibleSegments(text);
  if (segments.length === 1 && 'text' in segments[0]!) return <bdi>{text}</bdi>;
  return (
    <bdi dir="ltr">
      {segments.map((segment, index) =>
        'text' in segment ? (
          <Fragment key={index}>{segment.text}</Fragment>
        ) : (
          <abbr
            key={index}
            title={`${segment.name} (${segment.code}), hidden in this name`}
            className="mx-px rounded-sm bg-amber-100 px-0.5 text-[0.7em] font-semibold text-amber-900 no-underline dark:bg-amber-900/60 dark:text-amber-100"
          >
            ⟨{segment.mark}⟩<span className="sr-only"> {segment.name}</span>
          </abbr>
        ),
      )}
    </bdi>
  );
}
