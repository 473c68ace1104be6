import { VIEW_SOURCES, type GuidedView } from '../../lib/guidance/sources';
import { FileList, PageLinks, RegionPicker } from './PageLinks';
import { useShopRegion } from './useShopRegion';

/**
 * An empty view explains itself: what it will show, which Seller Center pages feed it (links that
 * open them for the seller's region) and which export files can be imported instead.
 */
export function ViewGuidance({ view, className = '' }: { view: GuidedView; className?: string }) {
  const sources = VIEW_SOURCES[view];
  const [region, setRegion] = useShopRegion();
  return (
    <section
      aria-label="How to fill this view"
      data-testid="view-guidance"
      className={`rounded-md border border-dashed border-neutral-300 p-3 text-sm dark:border-neutral-600 ${className}`}
    >
      <p className="font-medium">Nothing here yet</p>
      <p className="mt-1">This view will show {sources.shows}.</p>
      <p className="mt-2 font-medium">Open these Seller Center pages</p>
      <p className="text-xs text-neutral-600 dark:text-neutral-400">
        Creator Desk reads their tables as you browse: scroll and page through them as usual.
      </p>
      <PageLinks pages={sources.pages} region={region} />
      {sources.files.length > 0 ? (
        <>
          <p className="mt-2 font-medium">
            …or import these export files on the{' '}
            <a href="#data" className="text-sky-700 underline underline-offset-2 dark:text-sky-300">
              Data
            </a>{' '}
            view
          </p>
          <FileList files={sources.files} />
        </>
      ) : null}
      <RegionPicker region={region} onChange={setRegion} />
      <p className="mt-2 text-xs text-neutral-600 dark:text-neutral-400">Everything stays in this browser; nothing is uploaded.</p>
    </section>
  );
}
