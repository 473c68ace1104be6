import type { ProgramIndex } from '../../lib/analytics/program-index-model';
import { CHANNEL_LABELS } from '../../lib/briefs/channel-text';
import { reminderFormat, renderReminder } from '../../lib/samples/reminder';
import type { SampleFollowUp } from '../../lib/samples/follow-up';
import type { ContactChannel } from '../../lib/model/values';
import { creatorName } from '../analysis/names';
import { outreachChannelOf, useLoggedCopy } from './useLoggedCopy';

const BUTTON =
  'rounded-md border border-neutral-300 px-2 py-0.5 text-xs font-medium hover:bg-neutral-100 dark:border-neutral-600 dark:hover:bg-neutral-800';

/**
 * One click: the reminder for an overdue sample, in the creator's channel format, copied and logged.
 * `channel`: the creator's contact channel when `index` has no program records (a saved analysis).
 */
export function ReminderButton({ sample, index, channel }: { sample: SampleFollowUp; index: ProgramIndex; channel?: ContactChannel }) {
  const { status, copyAndLog } = useLoggedCopy();
  const entry = index.byKey.get(sample.creatorKey);
  const contact = channel ? { channel } : entry?.program?.contact;
  const name = creatorName(index, sample.creatorKey);
  const format = reminderFormat(contact?.channel);
  // Written on click: the Overview shows these buttons on its first paint, and the text's dates
  // start the locale's date formatting.
  const copy = () => {
    const reminder = renderReminder({ creatorName: entry?.displayName ?? name, productName: sample.productName, shipDay: sample.shipDay, channel: contact?.channel });
    const text = reminder.format === 'email' ? `Subject: ${reminder.subject}\n\n${reminder.text}` : reminder.text;
    void copyAndLog('the reminder', text, {
      creatorKeys: [sample.creatorKey],
      kind: 'reminder',
      channel: contact?.channel ?? outreachChannelOf(reminder.format),
      summary: reminder.summary,
      text,
    });
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <button
        type="button"
        className={BUTTON}
        aria-label={`Copy reminder to ${name} (${CHANNEL_LABELS[format]})`}
        onClick={copy}
      >
        Copy reminder ({CHANNEL_LABELS[format]})
      </button>
      <span role="status" className="text-xs empty:hidden">
        {status}
      </span>
    </span>
  );
}
