import { useState } from 'react';
import { briefRef, latestVersionNumber, parseBriefRef, type BriefTemplate } from '../../lib/briefs/index';
import { tagContentWithBrief, untagContent } from '../../lib/db/brief-store';
import type { ContentPiece } from '../../lib/model/entities';
import { HINT, SMALL_BUTTON } from './ui';
import { useBriefDb } from './useBriefData';

const FIRST_SHOWN = 20;

function pieceName(piece: ContentPiece): string {
  const kind = piece.type === 'live' ? 'LIVE' : 'Video';
  return piece.title?.trim() || `${kind} ${piece.contentId}`;
}

/**
 * Tags the creator's content with the brief it answered (pinned to the current version), so the
 * results by hook angle know which angle each post used.
 */
export function ContentTagger({
  template,
  templates,
  pieces,
}: {
  template: BriefTemplate;
  templates: readonly BriefTemplate[];
  pieces: readonly ContentPiece[];
}) {
  const db = useBriefDb();
  const [shown, setShown] = useState(FIRST_SHOWN);
  const [status, setStatus] = useState('');
  const names = new Map(templates.map((t) => [t.id, t.name]));
  const version = latestVersionNumber(template);

  const toggle = async (piece: ContentPiece, tag: boolean) => {
    try {
      if (tag) await tagContentWithBrief(db, piece.key, briefRef(template.id, version));
      else await untagContent(db, piece.key);
      setStatus(tag ? `Tagged ${pieceName(piece)} with this brief (version ${version}).` : `Removed the brief tag from ${pieceName(piece)}.`);
    } catch (error) {
      setStatus(`Not changed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  if (pieces.length === 0) {
    return <p className={HINT}>No videos or LIVEs stored for this creator yet: open Video analysis in Seller Center to capture them.</p>;
  }
  return (
    <div>
      <p className={HINT}>Tick the posts that answered this brief. Results by hook angle count tagged posts.</p>
      <ul className="mt-1 divide-y divide-neutral-200 dark:divide-neutral-800" aria-label="The creator's content">
        {pieces.slice(0, shown).map((piece) => {
          const ref = piece.briefId ? parseBriefRef(piece.briefId) : null;
          const mine = ref?.templateId === template.id;
          const other = ref && !mine ? (names.get(ref.templateId) ?? 'a brief that no longer exists') : null;
          const inputId = `tag-${template.id}-${piece.key}`;
          return (
            <li key={piece.key} className="flex items-start gap-2 py-1.5">
              <input
                id={inputId}
                type="checkbox"
                className="mt-1"
                checked={mine}
                onChange={(e) => void toggle(piece, e.target.checked)}
                aria-describedby={`${inputId}-detail`}
              />
              <div className="min-w-0">
                <label htmlFor={inputId} className="block truncate text-sm">
                  {pieceName(piece)}
                </label>
                <p id={`${inputId}-detail`} className={HINT}>
                  {[piece.postDate, `ID ${piece.contentId}`].filter(Boolean).join(' · ')}
                  {mine && ref?.version !== null && ref?.version !== undefined ? ` · answered version ${ref.version}` : ''}
                  {other ? ` · tagged with “${other}”` : ''}
                </p>
              </div>
            </li>
          );
        })}
      </ul>
      {pieces.length > shown ? (
        <button type="button" className={`mt-1 ${SMALL_BUTTON}`} onClick={() => setShown((n) => n + 50)}>
          Show more ({pieces.length - shown} left)
        </button>
      ) : null}
      <p role="status" className="mt-1 text-xs empty:hidden">
        {status}
      </p>
    </div>
  );
}
