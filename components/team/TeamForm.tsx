import type { ComponentProps, ReactNode } from 'react';
import { useTeamReadOnly } from './useTeamReadOnly';

/**
 * A form that edits what the team shares: for a read-only member its controls are disabled (a
 * disabled fieldset disables every control inside it), so nothing is typed in vain. The outbox
 * refuses such writes anyway (lib/team/outbox.ts); this says so before typing. The fieldset takes
 * no box and no group role: the form looks and reads as before.
 */
export function TeamForm({ children, ...props }: ComponentProps<'form'>) {
  return (
    <form {...props}>
      <TeamFieldset>{children}</TeamFieldset>
    </form>
  );
}

/** The same for controls that save as they change or by their own button, outside a form. */
export function TeamFieldset({ children }: { children: ReactNode }) {
  const readOnly = useTeamReadOnly() !== null;
  return (
    <fieldset role="none" disabled={readOnly} data-team-editable={readOnly ? 'read-only' : undefined} className="contents">
      {children}
    </fieldset>
  );
}
