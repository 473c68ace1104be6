import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { creatorHandleText } from '../../lib/format/creator';
import type { Creator } from '../../lib/model/entities';
import { HINT, INPUT, LABEL, SELECT } from './ui';
import { useDb } from '../db/DbContext';

const SHOWN = 50;

/** "@handle · Display name" for the picker. */
export function creatorLabel(creator: Creator): string {
  const handle = creatorHandleText(creator);
  const name = creator.displayName?.trim();
  return name && name.toLowerCase() !== handle.slice(1).toLowerCase() ? `${handle} · ${name}` : handle;
}

/**
 * Picks one stored creator: a search box narrows a list of at most 50 (rosters can hold thousands),
 * most recently seen first.
 */
export function CreatorPicker({ value, onChange }: { value: string | null; onChange: (creatorKey: string | null) => void }) {
  const db = useDb();
  const id = useId();
  const [query, setQuery] = useState('');
  const q = query.trim().replace(/^@+/, '').toLowerCase();
  const matches = useLiveQuery(async () => {
    if (q === '') return db.creators.orderBy('lastSeen').reverse().limit(SHOWN).toArray();
    return db.creators
      .filter((c) => (c.handle ?? '').includes(q) || (c.displayName ?? '').toLowerCase().includes(q) || c.creatorId === q)
      .limit(SHOWN)
      .toArray();
  }, [db, q]);
  const selected = useLiveQuery(async () => (value ? ((await db.creators.get(value)) ?? null) : null), [db, value]);
  const options = matches ?? [];
  const showSelected = selected && !options.some((c) => c.key === selected.key);

  return (
    <div className="space-y-1.5">
      <div>
        <label htmlFor={`${id}-search`} className={LABEL}>
          Find a creator
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className={INPUT}
          value={query}
          placeholder="Handle or name"
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <div>
        <label htmlFor={`${id}-creator`} className={LABEL}>
          Creator
        </label>
        <select
          id={`${id}-creator`}
          className={`${SELECT} w-full`}
          value={value ?? ''}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">No creator (template as it is)</option>
          {showSelected ? <option value={selected.key}>{creatorLabel(selected)}</option> : null}
          {options.map((c) => (
            <option key={c.key} value={c.key}>
              {creatorLabel(c)}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className={HINT}>
          {matches === undefined
            ? 'Loading creators…'
            : options.length === 0
              ? q
                ? 'No stored creator matches.'
                : 'No creators stored yet: open a Seller Center creator page to capture some.'
              : options.length === SHOWN
                ? `Showing the first ${SHOWN}: type to narrow.`
                : `${options.length} ${options.length === 1 ? 'creator' : 'creators'}.`}
        </p>
      </div>
    </div>
  );
}
