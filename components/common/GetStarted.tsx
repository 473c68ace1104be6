import { isGuidedView } from '../../lib/guidance/sources';
import { ViewGuidance } from '../guidance/ViewGuidance';
import { useRoute } from '../shell/useRoute';

/** The empty state of the current view: what feeds it (pages to open, files to import) and what it will show. */
export function GetStarted({ className = '' }: { className?: string }) {
  const { viewId } = useRoute();
  return <ViewGuidance view={isGuidedView(viewId) ? viewId : 'overview'} className={className} />;
}
