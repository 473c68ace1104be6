import type { ComponentType } from 'react';
import { CreatorsView } from '../views/CreatorsView';
import { OverviewView } from '../views/OverviewView';

/**
 * The panel's views, in nav order. Adding one (Spark Ads, Briefs, Settings/Data…) is one entry here:
 * the nav, the `#id` address and the rendering follow. Only views with content belong in this list.
 */
export interface ViewDefinition {
  /** Used as the URL hash (`sidepanel.html#creators`), so keep it stable. */
  id: string;
  label: string;
  Component: ComponentType;
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: 'overview', label: 'Overview', Component: OverviewView },
  { id: 'creators', label: 'Creators', Component: CreatorsView },
];

/** The view a hash names (`#creators`, `#/creators`), else the first one. */
export function resolveView(hash: string, views: readonly ViewDefinition[] = VIEWS): ViewDefinition {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0]?.toLowerCase() ?? '';
  const first = views[0];
  if (!first) throw new Error('The panel needs at least one view.');
  return views.find((view) => view.id === id) ?? first;
}
