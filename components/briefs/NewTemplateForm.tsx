import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { HOOK_ANGLE_GUIDES, NAMED_HOOK_ANGLES, type NamedHookAngle } from '../../lib/briefs/index';
import { createTemplate } from '../../lib/db/brief-store';
import { useDb } from '../db/DbContext';
import { editTemplateHref } from './briefs-route';
import { HINT, INPUT, LABEL, PRIMARY_BUTTON } from './ui';
import { useBriefDb } from './useBriefData';
import { TeamForm } from '../team/TeamForm';

type Starter = NamedHookAngle | 'scratch';

/** Product names the seller has used: templates first, then products seen in sample requests. */
function useKnownProducts(templateProducts: readonly string[]): string[] {
  const db = useDb();
  const sampled = useLiveQuery(async () => {
    const samples = await db.samples.toArray();
    return samples.map((s) => s.productName?.trim() ?? '').filter((n) => n !== '');
  }, [db]);
  const seen = new Set<string>();
  const names: string[] = [];
  for (const name of [...templateProducts, ...(sampled ?? [])]) {
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/** A new template: for a product, from scratch or from one of the four built-in angle starters. */
export function NewTemplateForm({
  initialStarter,
  initialProduct,
  templateProducts,
  bestAngle,
}: {
  initialStarter: Starter | null;
  initialProduct: string;
  templateProducts: readonly string[];
  /** The angle that converts best so far, to point it out. */
  bestAngle: NamedHookAngle | null;
}) {
  const db = useBriefDb();
  const id = useId();
  const [product, setProduct] = useState(initialProduct);
  const [name, setName] = useState('');
  const [starter, setStarter] = useState<Starter>(initialStarter ?? bestAngle ?? 'scratch');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const products = useKnownProducts(templateProducts);

  const create = async () => {
    if (product.trim() === '') {
      setError('Enter the product this brief is for.');
      document.getElementById(`${id}-product`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const template = await createTemplate(db, {
        productName: product.trim(),
        ...(name.trim() ? { name: name.trim() } : {}),
        starter: starter === 'scratch' ? null : starter,
      });
      window.location.hash = editTemplateHref(template.id);
    } catch (e) {
      setError(`Not created: ${e instanceof Error ? e.message : String(e)}`);
      setBusy(false);
    }
  };

  return (
    <TeamForm
      aria-label="New brief template"
      noValidate
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <div>
        <label htmlFor={`${id}-product`} className={LABEL}>
          Product
        </label>
        <input
          id={`${id}-product`}
          className={INPUT}
          list={`${id}-products`}
          value={product}
          autoComplete="off"
          aria-invalid={error && product.trim() === '' ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setProduct(e.target.value);
            setError('');
          }}
        />
        <datalist id={`${id}-products`}>
          {products.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      </div>
      <div>
        <label htmlFor={`${id}-name`} className={LABEL}>
          Template name <span className="font-normal text-neutral-600 dark:text-neutral-400">(optional)</span>
        </label>
        <input id={`${id}-name`} className={INPUT} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <fieldset>
        <legend className={LABEL}>Start from</legend>
        <div className="mt-1 space-y-1">
          {(['scratch', ...NAMED_HOOK_ANGLES] as Starter[]).map((s) => {
            const optionId = `${id}-starter-${s}`;
            return (
              <div key={s} className="flex items-start gap-2">
                <input
                  type="radio"
                  id={optionId}
                  name={`${id}-starter`}
                  className="mt-1"
                  checked={starter === s}
                  onChange={() => setStarter(s)}
                  aria-describedby={`${optionId}-hint`}
                />
                <div className="min-w-0">
                  <label htmlFor={optionId} className="text-sm">
                    {s === 'scratch' ? 'From scratch' : `${HOOK_ANGLE_GUIDES[s].label} starter`}
                  </label>
                  <p id={`${optionId}-hint`} className={HINT}>
                    {s === 'scratch' ? 'An empty brief: you fill in all five parts.' : `“${HOOK_ANGLE_GUIDES[s].openers[0]}”`}
                    {s === bestAngle ? ' · converts best for you so far' : ''}
                  </p>
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-800 dark:text-red-200">
          {error}
        </p>
      ) : null}
      <button type="submit" className={PRIMARY_BUTTON} disabled={busy}>
        Create template
      </button>
    </TeamForm>
  );
}
