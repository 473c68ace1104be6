/**
 * The panel's first script, kept small: it starts reading what the Overview shows first (the saved
 * Overview, the settings; without a saved Overview, the stored data the analysis reads:
 * lib/analysis-store/opening-read.ts) while the rest of the panel's code loads and starts (panel.tsx).
 */
import { PERF_MARKS } from '../../components/analysis/perf-marks';
import { opensOnAnalysis, parseRoute } from '../../components/shell/route';
import { readOnOpening, startOpeningRead } from '../../lib/analysis-store/opening-read';
import './style.css';

performance.mark(PERF_MARKS.panelStart);
performance.mark(PERF_MARKS.cacheReadStart);
// Opened on a view that analyses: the Overview's stored data is read too (when no saved Overview is there to show);
// on the Creators list, the saved per-creator lists as well.
const onCreatorsList = parseRoute(location.hash).viewId === 'creators';
const options = { data: opensOnAnalysis(location.hash), onDataRead: () => performance.mark(PERF_MARKS.readStart), analysis: onCreatorsList };
void startOpeningRead(() => readOnOpening(undefined, undefined, undefined, options)).then(() => {
  performance.mark(PERF_MARKS.cacheOverviewRead);
  performance.measure(PERF_MARKS.cacheRead, PERF_MARKS.cacheReadStart, PERF_MARKS.cacheOverviewRead);
});
void import('./panel').then(({ startPanel }) => startPanel());
// Opened on the Creators list (a chunk of its own, components/shell/views.tsx): load it alongside.
if (onCreatorsList) void import('../../components/views/CreatorsView');
