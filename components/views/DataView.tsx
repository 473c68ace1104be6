import { BackupPanel } from '../backup/BackupPanel';
import { CaptureLog } from '../capture-log/CaptureLog';
import { GetStarted } from '../common/GetStarted';
import { CaptureReport } from '../data/CaptureReport';
import { FirstRunChecklist } from '../guidance/FirstRunChecklist';
import { StoredCountsTable } from '../data/StoredCounts';
import { useStoredCounts } from '../data/useStoredCounts';
import { ImportPanel } from '../import/ImportPanel';
import { CurrentPageStatus } from '../status/CurrentPageStatus';

/** What is happening now (current page), what is stored, and what was captured recently. */
export function DataView() {
  const counts = useStoredCounts();
  const nothingYet = counts !== undefined && counts.creators === 0 && counts.content === 0 && counts.captures === 0;
  return (
    <div className="divide-y divide-neutral-200 dark:divide-neutral-800">
      {nothingYet ? (
        <div className="px-3 pt-3">
          <GetStarted />
        </div>
      ) : null}
      <FirstRunChecklist counts={counts} />
      <CurrentPageStatus />
      <StoredCountsTable counts={counts} />
      <ImportPanel />
      <BackupPanel />
      <CaptureReport />
      <CaptureLog />
    </div>
  );
}
