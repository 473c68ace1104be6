import { useMemo } from 'react';
import { parseRoute, type Route } from './route';
import { useHash } from './useHash';

/** The current in-panel address, live. */
export function useRoute(): Route {
  const hash = useHash();
  return useMemo(() => parseRoute(hash), [hash]);
}
