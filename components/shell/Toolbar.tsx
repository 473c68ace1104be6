import { DEFAULT_SETTINGS } from '../../lib/analytics/settings';
import { useAnalysisSettings } from '../analysis/AnalysisContext';
import { ExportButtons } from '../export/ExportButtons';
import { WindowSelector } from './WindowSelector';

/** Above the program views: which window the numbers cover, and the one-click export. */
export function Toolbar() {
  const { settings, windowDays } = useAnalysisSettings();
  return (
    <div
      role="group"
      aria-label="Scorecard window and export"
      className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1 px-3 py-1.5"
    >
      <WindowSelector windowDays={windowDays} defaultDays={settings?.scorecardWindowDays ?? DEFAULT_SETTINGS.scorecardWindowDays} />
      <ExportButtons windowDays={windowDays} />
    </div>
  );
}
