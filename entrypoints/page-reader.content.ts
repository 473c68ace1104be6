import { installPageReader } from '@/lib/page-reader/install';
import { SELLER_CENTER_MATCHES } from '@/lib/pages/hosts';

// In the page's own world, before its scripts: reads the JSON the page receives (never sends anything).
// No extension APIs here, and nothing the page could trace back to the extension.
export default defineContentScript({
  matches: SELLER_CENTER_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installPageReader(window);
  },
});
