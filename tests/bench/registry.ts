/** Every bench `npm run bench` runs, in order. Add new benches here. */
import { bundleSizeBench } from './benches/bundle-size';
import { longTasksBench } from './benches/long-tasks';
import { analyticsBench, importBench } from './benches/node-benches';
import { pageDataBench } from './benches/page-data';
import { panelBench } from './benches/panel';
import { reliabilityBench } from './benches/reliability';
import { storageBench } from './benches/storage';
import { tableReadBench } from './benches/table-read';
import { teamSyncBench } from './benches/team-sync';
import type { Bench } from './types';

export const BENCHES: readonly Bench[] = [
  bundleSizeBench,
  tableReadBench,
  storageBench,
  longTasksBench,
  pageDataBench,
  analyticsBench,
  importBench,
  panelBench,
  reliabilityBench,
  teamSyncBench,
];
