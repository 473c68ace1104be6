import { countNoun } from '../../lib/format/number';
import { GetStarted } from '../common/GetStarted';
import { Section } from '../common/Section';
import { CreatorsTable } from '../creators/CreatorsTable';
import { useCreatorsByLastSeen } from '../creators/useCreatorsByLastSeen';

/** Every stored creator, most recently seen first. */
export function CreatorsView() {
  const creators = useCreatorsByLastSeen();
  return (
    <Section title="Creators" className="flex h-full min-h-0 flex-col">
      {creators === undefined ? (
        <p className="text-sm text-neutral-600 dark:text-neutral-400">Loading creators…</p>
      ) : creators.length === 0 ? (
        <GetStarted />
      ) : (
        <>
          <p className="mb-1 text-xs text-neutral-600 dark:text-neutral-400">
            {countNoun(creators.length, 'creator')}, most recently seen first
          </p>
          <CreatorsTable creators={creators} caption="Creators, most recently seen first" />
        </>
      )}
    </Section>
  );
}
