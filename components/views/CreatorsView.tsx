import { AnalysisGate } from '../analysis/AnalysisGate';
import { CreatorDetail } from '../creators/detail/CreatorDetail';
import { CreatorsList } from '../creators/CreatorsList';
import { useRoute } from '../shell/useRoute';

/** The roster (`#creators`, with optional filters) or one creator (`#creators/<key>`). */
export function CreatorsView() {
  const route = useRoute();
  const creatorKey = route.path[0];
  return (
    // The list can show the analysis saved by the last opening; a creator's page needs the stored records.
    <AnalysisGate showCached={!creatorKey}>
      {(view) => (creatorKey ? <CreatorDetail view={view} creatorKey={creatorKey} /> : <CreatorsList view={view} params={route.params} />)}
    </AnalysisGate>
  );
}
