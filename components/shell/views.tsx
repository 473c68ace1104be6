import { lazy, type ComponentType } from 'react';
import { OverviewView } from '../views/OverviewView';
import { parseRoute } from './route';

/**
 * Views other than the Overview (the one the panel opens on) load as chunks of their own, so the
 * code before the first paint stays small; `preloadViews` fetches them right after the first
 * paint, so opening one later shows it at once (no loading flash). A panel opened on the Creators
 * list starts loading its chunk with the panel's code (entrypoints/sidepanel/main.tsx).
 */
const loaders = {
  creators: () => import('../views/CreatorsView').then((m) => ({ default: m.CreatorsView })),
  samples: () => import('../views/SamplesView').then((m) => ({ default: m.SamplesView })),
  outreach: () => import('../views/OutreachView').then((m) => ({ default: m.OutreachView })),
  sparkAds: () => import('../views/SparkAdsView').then((m) => ({ default: m.SparkAdsView })),
  eligibility: () => import('../views/EligibilityView').then((m) => ({ default: m.EligibilityView })),
  briefs: () => import('../briefs/BriefsView').then((m) => ({ default: m.BriefsView })),
  settings: () => import('../views/SettingsView').then((m) => ({ default: m.SettingsView })),
  data: () => import('../views/DataView').then((m) => ({ default: m.DataView })),
  print: () => import('../views/PrintView').then((m) => ({ default: m.PrintView })),
};

export function preloadViews(): Promise<unknown> {
  return Promise.all(Object.values(loaders).map((load) => load()));
}

/**
 * The panel's views, in nav order. Adding one is one entry here: the nav, the `#id` address and the
 * rendering follow.
 */
export interface ViewDefinition {
  /** Used as the URL hash (`sidepanel.html#creators`), so keep it stable. */
  id: string;
  label: string;
  Component: ComponentType;
  /** Shows the scorecard window and the export buttons above the view. */
  usesWindow?: boolean;
  /** A page of its own (printing): no header, no nav, not listed in the nav. */
  standalone?: boolean;
}

export const VIEWS: readonly ViewDefinition[] = [
  { id: 'overview', label: 'Overview', Component: OverviewView, usesWindow: true },
  { id: 'creators', label: 'Creators', Component: lazy(loaders.creators), usesWindow: true },
  { id: 'samples', label: 'Samples', Component: lazy(loaders.samples) },
  { id: 'outreach', label: 'Outreach', Component: lazy(loaders.outreach) },
  { id: 'spark-ads', label: 'Spark Ads', Component: lazy(loaders.sparkAds) },
  { id: 'eligibility', label: 'Eligibility', Component: lazy(loaders.eligibility) },
  { id: 'briefs', label: 'Briefs', Component: lazy(loaders.briefs) },
  { id: 'settings', label: 'Settings', Component: lazy(loaders.settings) },
  { id: 'data', label: 'Data', Component: lazy(loaders.data) },
  { id: 'print', label: 'Print scorecard', Component: lazy(loaders.print), standalone: true },
];

export const NAV_VIEWS: readonly ViewDefinition[] = VIEWS.filter((view) => !view.standalone);

/** The view a hash names (`#creators`, `#/creators`, `#creators/id:1`), else the first one. */
export function resolveView(hash: string, views: readonly ViewDefinition[] = VIEWS): ViewDefinition {
  const { viewId } = parseRoute(hash);
  const first = views[0];
  if (!first) throw new Error('The panel needs at least one view.');
  return views.find((view) => view.id === viewId) ?? first;
}
