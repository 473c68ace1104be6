import type { ComponentType } from 'react';
import { BriefsView } from '../briefs/BriefsView';
import { CreatorsView } from '../views/CreatorsView';
import { DataView } from '../views/DataView';
import { EligibilityView } from '../views/EligibilityView';
import { OutreachView } from '../views/OutreachView';
import { OverviewView } from '../views/OverviewView';
import { PrintView } from '../views/PrintView';
import { SamplesView } from '../views/SamplesView';
import { SettingsView } from '../views/SettingsView';
import { SparkAdsView } from '../views/SparkAdsView';
import { parseRoute } from './route';

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
  { id: 'creators', label: 'Creators', Component: CreatorsView, usesWindow: true },
  { id: 'samples', label: 'Samples', Component: SamplesView },
  { id: 'outreach', label: 'Outreach', Component: OutreachView },
  { id: 'spark-ads', label: 'Spark Ads', Component: SparkAdsView },
  { id: 'eligibility', label: 'Eligibility', Component: EligibilityView },
  { id: 'briefs', label: 'Briefs', Component: BriefsView },
  { id: 'settings', label: 'Settings', Component: SettingsView },
  { id: 'data', label: 'Data', Component: DataView },
  { id: 'print', label: 'Print scorecard', Component: PrintView, standalone: true },
];

export const NAV_VIEWS: readonly ViewDefinition[] = VIEWS.filter((view) => !view.standalone);

/** The view a hash names (`#creators`, `#/creators`, `#creators/id:1`), else the first one. */
export function resolveView(hash: string, views: readonly ViewDefinition[] = VIEWS): ViewDefinition {
  const { viewId } = parseRoute(hash);
  const first = views[0];
  if (!first) throw new Error('The panel needs at least one view.');
  return views.find((view) => view.id === viewId) ?? first;
}
