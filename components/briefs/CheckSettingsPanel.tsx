import { useId, useState } from 'react';
import { BUILT_IN_RULES, RULE_CATEGORIES, SEVERITIES, validateCheckRule, type CheckRule, type RuleCategory, type Severity } from '../../lib/briefs/index';
import { addCustomRule, removeCustomRule, setCompetitors, setRuleEnabled, type SaveCheckSettingsResult } from '../../lib/db/brief-store';
import { Section } from '../common/Section';
import { ruleDescription, ruleLabel } from './rule-labels';
import { BUTTON, HINT, INPUT, LABEL, SELECT, SMALL_BUTTON } from './ui';
import { useBriefDb, type CheckSetup } from './useBriefData';
import { TeamForm } from '../team/TeamForm';

const CATEGORY_TITLES: Record<RuleCategory, string> = {
  structure: 'Structure',
  cta: 'Call to action',
  claim: 'Claims',
  competitor: 'Competitors',
  custom: 'Custom',
};

function outcome(result: SaveCheckSettingsResult, done: string): string {
  return result.ok ? done : `Not saved: ${result.errors.join('; ')}`;
}

/** The seller's competitor names: checked everywhere in every brief. */
function Competitors({ competitors, onStatus }: { competitors: string[]; onStatus: (s: string) => void }) {
  const db = useBriefDb();
  const id = useId();
  const [name, setName] = useState('');
  const add = async () => {
    const trimmed = name.trim();
    if (!trimmed) return;
    onStatus(outcome(await setCompetitors(db, [...competitors, trimmed]), `Added ${trimmed} to the competitor list.`));
    setName('');
  };
  return (
    <Section title="Competitor names">
      <p className={HINT}>Briefs that name one of these get flagged, wherever the name appears.</p>
      {competitors.length > 0 ? (
        <ul className="mt-1 flex flex-wrap gap-1.5" aria-label="Competitors">
          {competitors.map((c) => (
            <li key={c} className="flex items-center gap-1 rounded bg-neutral-100 py-0.5 pr-0.5 pl-2 text-sm dark:bg-neutral-800">
              {c}
              <button
                type="button"
                className="rounded px-1 text-xs hover:bg-neutral-200 dark:hover:bg-neutral-700"
                aria-label={`Remove ${c}`}
                onClick={() => void setCompetitors(db, competitors.filter((x) => x !== c)).then((r) => onStatus(outcome(r, `Removed ${c}.`)))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <TeamForm
        className="mt-2 flex items-end gap-1.5"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <div className="min-w-0 flex-1">
          <label htmlFor={`${id}-name`} className={LABEL}>
            Competitor name
          </label>
          <input id={`${id}-name`} className={INPUT} value={name} onChange={(e) => setName(e.target.value)} />
        </div>
        <button type="submit" className={BUTTON} disabled={name.trim() === ''}>
          Add
        </button>
      </TeamForm>
    </Section>
  );
}

/** A custom phrase rule: what to look for, why, and what to do instead. */
function CustomRules({ rules, onStatus }: { rules: CheckRule[]; onStatus: (s: string) => void }) {
  const db = useBriefDb();
  const id = useId();
  const [phrases, setPhrases] = useState('');
  const [reason, setReason] = useState('');
  const [fix, setFix] = useState('');
  const [replacement, setReplacement] = useState('');
  const [severity, setSeverity] = useState<Severity>('warning');
  const [errors, setErrors] = useState<string[]>([]);

  const add = async () => {
    const patterns = phrases.split(/[,\n]/).map((p) => p.trim()).filter(Boolean);
    const problems: string[] = [];
    if (patterns.length === 0) problems.push('Enter the phrase to flag.');
    if (reason.trim() === '') problems.push('Say why it is a problem (creators and you will read it).');
    const rule: CheckRule = {
      id: `custom-${globalThis.crypto.randomUUID()}`,
      category: 'custom',
      kind: 'phrase',
      parts: 'any',
      patterns,
      severity,
      reason: reason.trim(),
      suggestedFix: fix.trim(),
      ...(replacement.trim() ? { replacements: [replacement.trim()] } : {}),
    };
    if (problems.length === 0) problems.push(...validateCheckRule(rule));
    setErrors(problems);
    if (problems.length > 0) return;
    const result = await addCustomRule(db, rule);
    onStatus(outcome(result, `Added a rule for ${patterns.map((p) => `“${p}”`).join(', ')}.`));
    if (result.ok) {
      setPhrases('');
      setReason('');
      setFix('');
      setReplacement('');
    }
  };

  return (
    <Section title="Your own rules" className="border-t border-neutral-200 dark:border-neutral-800">
      {rules.length > 0 ? (
        <ul className="mb-2 divide-y divide-neutral-200 dark:divide-neutral-800" aria-label="Custom rules">
          {rules.map((r) => (
            <li key={r.id} className="flex items-start gap-2 py-1.5 text-sm">
              <div className="min-w-0 flex-1">
                <p className="font-medium break-words">{ruleLabel(r)}</p>
                <p className={HINT}>
                  {r.severity === 'error' ? 'Must fix' : 'Warning'} · {r.reason}
                  {r.suggestedFix ? ` Fix: ${r.suggestedFix}` : ''}
                </p>
              </div>
              <button
                type="button"
                className={SMALL_BUTTON}
                aria-label={`Remove the rule for ${ruleLabel(r)}`}
                onClick={() => void removeCustomRule(db, r.id).then((res) => onStatus(outcome(res, 'Removed the rule.')))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className={`mb-2 ${HINT}`}>No rules of your own yet.</p>
      )}
      <TeamForm
        aria-label="Add a rule"
        noValidate
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <div>
          <label htmlFor={`${id}-phrases`} className={LABEL}>
            Phrase to flag
          </label>
          <input
            id={`${id}-phrases`}
            className={INPUT}
            value={phrases}
            placeholder="e.g. dm me, message me"
            aria-describedby={`${id}-phrases-hint`}
            onChange={(e) => setPhrases(e.target.value)}
          />
          <p id={`${id}-phrases-hint`} className={HINT}>
            Whole words, any case; separate several with commas. End a word with * for any ending (detox*).
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-reason`} className={LABEL}>
            Why it is a problem
          </label>
          <input id={`${id}-reason`} className={INPUT} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-fix`} className={LABEL}>
            Suggested fix
          </label>
          <input id={`${id}-fix`} className={INPUT} value={fix} onChange={(e) => setFix(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-replacement`} className={LABEL}>
            Replace with (optional, one click in the editor)
          </label>
          <input id={`${id}-replacement`} className={INPUT} value={replacement} onChange={(e) => setReplacement(e.target.value)} />
        </div>
        <div>
          <label htmlFor={`${id}-severity`} className={LABEL}>
            Severity
          </label>
          <select id={`${id}-severity`} className={SELECT} value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s === 'error' ? 'Must fix' : 'Warning'}
              </option>
            ))}
          </select>
        </div>
        {errors.length > 0 ? (
          <ul role="alert" className="text-xs text-red-800 dark:text-red-200">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
        <button type="submit" className={BUTTON}>
          Add rule
        </button>
      </TeamForm>
    </Section>
  );
}

/** Built-in rules, grouped, each with a switch. */
function BuiltInRules({ disabled, onStatus }: { disabled: string[]; onStatus: (s: string) => void }) {
  const db = useBriefDb();
  const off = new Set(disabled);
  return (
    <Section title="Built-in checks" className="border-t border-neutral-200 dark:border-neutral-800">
      <p className={HINT}>Untick a check to switch it off for every brief.</p>
      {RULE_CATEGORIES.filter((c) => c !== 'custom').map((category) => {
        const rules = BUILT_IN_RULES.filter((r) => (r.category ?? 'custom') === category);
        if (rules.length === 0) return null;
        return (
          <fieldset key={category} className="mt-2">
            <legend className="text-xs font-semibold">{CATEGORY_TITLES[category]}</legend>
            <ul className="mt-0.5 space-y-1">
              {rules.map((rule) => {
                const inputId = `rule-${rule.id}`;
                return (
                  <li key={rule.id} className="flex items-start gap-2">
                    <input
                      id={inputId}
                      type="checkbox"
                      className="mt-1"
                      checked={!off.has(rule.id)}
                      aria-describedby={`${inputId}-hint`}
                      onChange={(e) =>
                        void setRuleEnabled(db, rule.id, e.target.checked).then((r) =>
                          onStatus(outcome(r, `${ruleLabel(rule)}: ${e.target.checked ? 'on' : 'off'}.`)),
                        )
                      }
                    />
                    <div className="min-w-0">
                      <label htmlFor={inputId} className="text-sm">
                        {ruleLabel(rule)}
                      </label>
                      <p id={`${inputId}-hint`} className={HINT}>
                        {ruleDescription(rule)}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
    </Section>
  );
}

/** Settings for the brief checks: competitor names, the seller's own rules, built-ins on or off. */
export function CheckSettingsPanel({ setup }: { setup: CheckSetup }) {
  const [status, setStatus] = useState('');
  return (
    <div className="pb-4">
      <p role="status" className="sticky top-0 z-10 bg-white px-3 pt-2 text-xs empty:hidden dark:bg-neutral-900">
        {status}
      </p>
      <Competitors competitors={setup.settings.competitors} onStatus={setStatus} />
      <CustomRules rules={setup.settings.customRules} onStatus={setStatus} />
      <BuiltInRules disabled={setup.settings.disabledRuleIds} onStatus={setStatus} />
    </div>
  );
}
