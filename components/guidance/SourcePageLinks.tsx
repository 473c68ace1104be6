import { VIEW_SOURCES, type GuidedView } from '../../lib/guidance/sources';
import { PageLinks } from './PageLinks';
import { useShopRegion } from './useShopRegion';

/** Links to the pages that feed `view`, for a view that has data but not enough of it. */
export function SourcePageLinks({ view }: { view: GuidedView }) {
  const [region] = useShopRegion();
  return <PageLinks pages={VIEW_SOURCES[view].pages} region={region} />;
}
