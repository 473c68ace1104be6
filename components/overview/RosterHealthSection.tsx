import type { RosterTierHealth } from '../../lib/analytics/index';
import { formatInteger } from '../../lib/format/number';
import type { StatusTone } from '../../lib/tab-status/tab-status-view';
import { TIER_NAMES, TIERS_TOP_DOWN } from '../../lib/format/tier';
import type { ProgramAnalysisView } from '../../lib/analytics/program-analyser';
import { Badge } from '../common/Badge';
import { Section } from '../common/Section';
import { creatorsHref } from '../shell/route';

const STATUS: Record<NonNullable<RosterTierHealth['status']>, { text: string; tone: StatusTone }> = {
  below: { text: 'Below target', tone: 'warning' },
  within: { text: 'Healthy', tone: 'ok' },
  above: { text: 'Above target', tone: 'idle' },
};

/** Active creators per tier against the healthy-roster targets (playbook §3). */
export function RosterHealthSection({ view }: { view: ProgramAnalysisView }) {
  const rows = TIERS_TOP_DOWN.map((tier) => view.roster.tiers.find((t) => t.tier === tier)).filter(
    (row): row is RosterTierHealth => row !== undefined,
  );
  return (
    <Section title="Roster health">
      <table className="w-full text-sm">
        <caption className="sr-only">Active creators per tier against the healthy-roster target</caption>
        <thead>
          <tr className="text-xs text-neutral-600 dark:text-neutral-400">
            <th scope="col" className="py-1 text-left font-medium">
              Tier
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Active
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Target
            </th>
            <th scope="col" className="py-1 pl-2 text-right font-medium">
              <span className="sr-only">Status</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.tier} className="border-t border-neutral-200 dark:border-neutral-800" data-testid={`roster-${row.tier}`}>
              <th scope="row" className="py-1.5 text-left font-normal">
                <a href={creatorsHref({ tier: row.tier })} className="hover:underline">
                  {TIER_NAMES[row.tier]}
                </a>
                <span className="block text-xs text-neutral-600 dark:text-neutral-400">
                  {formatInteger(row.creators)} placed{row.accepted > 0 ? `, ${formatInteger(row.accepted)} accepted` : ''}
                </span>
              </th>
              <td className="py-1.5 text-right tabular-nums">{formatInteger(row.active)}</td>
              <td className="py-1.5 text-right text-neutral-600 tabular-nums dark:text-neutral-400">
                {row.target ? `${formatInteger(row.target.min)}–${formatInteger(row.target.max)}` : '—'}
              </td>
              <td className="py-1.5 pl-2 text-right">{row.status ? <Badge tone={STATUS[row.status].tone}>{STATUS[row.status].text}</Badge> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">
        Active: posted in the last {view.settings.zombieAfterDays} days. Tier: the one you accepted, else the follower band.
        {view.roster.unplaced > 0 ? ` ${formatInteger(view.roster.unplaced)} without a tier or follower count.` : ''}
      </p>
    </Section>
  );
}
