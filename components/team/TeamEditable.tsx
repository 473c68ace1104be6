import type { ReactNode } from 'react';
import { useTeamReadOnly } from './useTeamReadOnly';

/**
 * Wraps the controls of a form that edits what the team shares: for a read-only member they are
 * disabled (a disabled fieldset disables every control inside it), so nothing is typed in vain.
 * The outbox refuses such writes anyway (lib/team/outbox.ts); this only says so before typing.
 * No group role: the wrapper is not a group a screen reader should announce.
 */
export function TeamEditable({ children }: { children: ReactNode }) {
  const readOnly = useTeamReadOnly() !== null;
  return (
    <fieldset role="none" disabled={readOnly} data-team-editable={readOnly ? 'read-only' : undefined} className="contents">
      {children}
    </fieldset>
  );
}
