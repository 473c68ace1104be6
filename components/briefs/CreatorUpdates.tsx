import { useId, useMemo, useState } from 'react';
import {
  CHANNELS,
  CHANNEL_LABELS,
  UPDATE_TEMPLATES,
  renderUpdate,
  templatePlaceholders,
  whatConvertsTip,
  type AnglePerformance,
  type Channel,
  type UpdateData,
  type UpdateTemplate,
} from '../../lib/briefs/index';
import { Section } from '../common/Section';
import { HINT, INPUT, LABEL, SELECT, SMALL_BUTTON, TEXTAREA } from './ui';
import { useProgramAnalysis } from '../analysis/AnalysisContext';
import { creatorName as nameOf } from '../analysis/names';
import { outreachChannelOf, useLoggedCopy } from '../outreach/useLoggedCopy';
import { useCopyStatus } from './useCopyStatus';

type FieldName = 'creatorName' | 'productName' | 'oldRate' | 'newRate' | 'campaignName' | 'dates' | 'incentive' | 'tip' | 'senderName';

const FIELD_LABELS: Record<FieldName, { label: string; placeholder?: string }> = {
  creatorName: { label: 'Creator name' },
  productName: { label: 'Product' },
  oldRate: { label: 'Current commission', placeholder: 'e.g. 10%' },
  newRate: { label: 'New commission', placeholder: 'e.g. 15%' },
  campaignName: { label: 'Campaign', placeholder: 'e.g. Summer Sale' },
  dates: { label: 'Dates', placeholder: 'e.g. 1–7 June' },
  incentive: { label: 'Incentive', placeholder: 'e.g. a $50 bonus for 5 posts this month' },
  tip: { label: 'Tip' },
  senderName: { label: 'Your name (sign-off)' },
};

/** The fields a message uses, in the order they appear, plus the creator's name and the sign-off. */
function fieldsFor(template: UpdateTemplate, audience: 'creator' | 'group'): FieldName[] {
  const fields = templatePlaceholders(template).filter((name): name is FieldName => name in FIELD_LABELS);
  return [...new Set<FieldName>([...(audience === 'creator' ? (['creatorName'] as FieldName[]) : []), ...fields, 'senderName'])];
}

/**
 * Lifecycle updates (playbook §9): new product, commission increase, campaign, incentive and a tip
 * on what converts, filled in and formatted for the channel, ready to copy.
 */
export function CreatorUpdates({ results }: { results: readonly AnglePerformance[] }) {
  const id = useId();
  const [kind, setKind] = useState(UPDATE_TEMPLATES[0]?.id ?? 'new-product');
  const [audience, setAudience] = useState<'creator' | 'group'>('group');
  const [channel, setChannel] = useState<Channel>('whatsapp');
  const [values, setValues] = useState<Partial<Record<FieldName, string>>>({});
  const { status: copyStatus, copy } = useCopyStatus();
  const { status: logStatus, copyAndLog } = useLoggedCopy();
  const [lastCopy, setLastCopy] = useState<'message' | 'subject'>('message');
  const status = lastCopy === 'message' ? logStatus : copyStatus;
  const analysis = useProgramAnalysis();
  const template = UPDATE_TEMPLATES.find((t) => t.id === kind) ?? UPDATE_TEMPLATES[0]!;
  const fields = fieldsFor(template, audience);
  const convertsTip = useMemo(() => whatConvertsTip(results), [results]);

  const data: UpdateData = { audience };
  for (const name of fields) {
    const value = values[name]?.trim();
    if (value) data[name] = value;
  }
  const rendered = renderUpdate(template, data, channel);

  return (
    <Section title="Creator updates">
      <div className="space-y-2">
        <div className="grid grid-cols-2 gap-2">
          <div className="min-w-0">
            <label htmlFor={`${id}-kind`} className={LABEL}>
              Message
            </label>
            <select id={`${id}-kind`} className={`${SELECT} w-full`} value={kind} onChange={(e) => setKind(e.target.value)}>
              {UPDATE_TEMPLATES.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <div className="min-w-0">
            <label htmlFor={`${id}-channel`} className={LABEL}>
              Format for
            </label>
            <select id={`${id}-channel`} className={`${SELECT} w-full`} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset>
          <legend className={LABEL}>Send to</legend>
          <div className="mt-0.5 flex gap-3 text-sm">
            {(['group', 'creator'] as const).map((a) => (
              <div key={a} className="flex items-center gap-1.5">
                <input type="radio" id={`${id}-audience-${a}`} name={`${id}-audience`} checked={audience === a} onChange={() => setAudience(a)} />
                <label htmlFor={`${id}-audience-${a}`}>{a === 'group' ? 'The group chat' : 'One creator'}</label>
              </div>
            ))}
          </div>
        </fieldset>
        {fields.map((name) => {
          const info = FIELD_LABELS[name];
          const fieldId = `${id}-${name}`;
          return (
            <div key={name}>
              <label htmlFor={fieldId} className={LABEL}>
                {info.label}
              </label>
              {name === 'tip' ? (
                <>
                  <textarea
                    id={fieldId}
                    className={TEXTAREA}
                    rows={3}
                    value={values.tip ?? ''}
                    onChange={(e) => setValues((v) => ({ ...v, tip: e.target.value }))}
                    aria-describedby={`${fieldId}-hint`}
                  />
                  <p id={`${fieldId}-hint`} className={HINT}>
                    {convertsTip ? (
                      <button type="button" className={SMALL_BUTTON} onClick={() => setValues((v) => ({ ...v, tip: convertsTip }))}>
                        Use what converts from your results
                      </button>
                    ) : (
                      'Tag posts with briefs to get a tip from your own results.'
                    )}
                  </p>
                </>
              ) : (
                <input
                  id={fieldId}
                  className={INPUT}
                  value={values[name] ?? ''}
                  placeholder={info.placeholder}
                  onChange={(e) => setValues((v) => ({ ...v, [name]: e.target.value }))}
                />
              )}
            </div>
          );
        })}

        <div className="rounded-md border border-neutral-200 p-2 dark:border-neutral-700">
          <p className="text-xs font-semibold">Ready to paste</p>
          {channel === 'email' ? <p className="text-xs break-words">Subject: {rendered.subject}</p> : null}
          <pre className="mt-1 max-h-64 overflow-auto font-sans text-sm break-words whitespace-pre-wrap" data-testid="update-text">
            {rendered.text}
          </pre>
          {rendered.missing.length > 0 ? (
            <p className="mt-1 text-xs text-amber-800 dark:text-amber-200">
              Still to fill in: {rendered.missing.map((m) => (FIELD_LABELS[m as FieldName]?.label ?? m).toLowerCase()).join(', ')}.
            </p>
          ) : null}
          <div className="mt-1.5 flex flex-wrap gap-1.5">
            <button
              type="button"
              className={SMALL_BUTTON}
              onClick={() => {
                setLastCopy('message');
                // One creator: recorded against the creator whose handle or name was typed, when known.
                const typed = values.creatorName?.trim().replace(/^@/, '').toLowerCase();
                const index = analysis.status === 'ready' ? analysis.view.index : null;
                const match =
                  audience === 'creator' && typed && index
                    ? index.entries.find((e) => nameOf(index, e.key).replace(/^@/, '').toLowerCase() === typed || e.displayName?.toLowerCase() === typed)
                    : undefined;
                void copyAndLog('the message', rendered.text, {
                  creatorKeys: match ? [match.key] : [],
                  kind: 'update',
                  channel: outreachChannelOf(channel),
                  summary: `${template.name}${rendered.subject ? `: ${rendered.subject}` : ''}`.slice(0, 300),
                  text: rendered.text,
                });
              }}
            >
              Copy message
            </button>
            {channel === 'email' ? (
              <button
                type="button"
                className={SMALL_BUTTON}
                onClick={() => {
                  setLastCopy('subject');
                  void copy('the subject', rendered.subject);
                }}
              >
                Copy subject
              </button>
            ) : null}
          </div>
          <p role="status" className="mt-1 text-xs empty:hidden">
            {status}
          </p>
        </div>
      </div>
    </Section>
  );
}
