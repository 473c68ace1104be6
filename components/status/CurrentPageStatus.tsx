import { Section } from '../common/Section';
import { SaveFailedMessage } from './SaveFailedMessage';
import { TabStatusCard } from './TabStatusCard';
import { useActiveTabStatus } from './useActiveTabStatus';

const NOT_CAPTURED_YET =
  'Nothing captured from this page yet. If this stays, reload the page: pages opened before Creator Desk was installed are not read.';

/** Whether the active tab's page was recognised and captured; the latest capture when it is not Seller Center. */
export function CurrentPageStatus() {
  const view = useActiveTabStatus();
  const shown = view === undefined ? null : view.kind === 'this-tab' ? view.status : view.latest;

  return (
    <Section title="Current page">
      {/* Kept in the DOM so a failure that appears later is announced. */}
      <div role="alert">{shown?.lastResult === 'failed' ? <SaveFailedMessage status={shown} /> : null}</div>
      {/* Status changes are announced politely; relative times inside opt out (see TimeAgo). */}
      <div aria-live="polite">
        {view === undefined ? (
          <p className="text-sm text-neutral-600 dark:text-neutral-400">Checking the current tab…</p>
        ) : view.kind === 'this-tab' ? (
          <TabStatusCard status={view.status} />
        ) : (
          <>
            <p className="text-sm">
              {view.kind === 'seller-center-no-status' ? NOT_CAPTURED_YET : 'This tab is not a Seller Center page.'}
            </p>
            {view.latest ? (
              <div className="mt-2">
                <h3 className="mb-1 text-xs font-medium text-neutral-600 dark:text-neutral-400">Latest capture</h3>
                <TabStatusCard status={view.latest} />
              </div>
            ) : null}
          </>
        )}
      </div>
    </Section>
  );
}
