/**
 * Addresses inside the brief builder, all under `#briefs` so reloads and back/forward keep the place:
 * `#briefs` (template library), `#briefs?new=social-proof` (library, new-template form preset to a
 * starter), `#briefs/edit/<template id>`, `#briefs/results`, `#briefs/updates`, `#briefs/rules`.
 */
import { NAMED_HOOK_ANGLES, type NamedHookAngle } from '../../lib/briefs/index';
import type { Route } from '../shell/route';

export const BRIEF_TABS = ['templates', 'results', 'updates', 'rules'] as const;
export type BriefTab = (typeof BRIEF_TABS)[number];

export const BRIEF_TAB_LABELS: Record<BriefTab, string> = {
  templates: 'Templates',
  results: 'Results',
  updates: 'Updates',
  rules: 'Check rules',
};

export type BriefsPlace =
  | { tab: 'templates'; newStarter: NamedHookAngle | 'scratch' | null }
  | { tab: Exclude<BriefTab, 'templates'> }
  | { tab: 'edit'; templateId: string };

export function briefsPlace(route: Pick<Route, 'path' | 'params'>): BriefsPlace {
  const [first, second] = route.path;
  if (first === 'edit' && second) return { tab: 'edit', templateId: second };
  if (first === 'results' || first === 'updates' || first === 'rules') return { tab: first };
  const preset = route.params.get('new');
  const newStarter =
    preset === 'scratch' ? 'scratch' : (NAMED_HOOK_ANGLES as readonly string[]).includes(preset ?? '') ? (preset as NamedHookAngle) : null;
  return { tab: 'templates', newStarter };
}

export function briefsTabHref(tab: BriefTab): string {
  return tab === 'templates' ? '#briefs' : `#briefs/${tab}`;
}

export function editTemplateHref(templateId: string): string {
  return `#briefs/edit/${encodeURIComponent(templateId)}`;
}

/** The library with the new-template form open, preset to a starter. */
export function newTemplateHref(starter: NamedHookAngle | 'scratch'): string {
  return `#briefs?new=${starter}`;
}
