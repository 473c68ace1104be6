import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/**
 * One clock for the whole panel: relative times ("2 min ago") re-render together every tick instead of
 * each row running its own timer.
 */
const NowContext = createContext<number | null>(null);

export function NowProvider({ children, intervalMs = 30_000 }: { children: ReactNode; intervalMs?: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return <NowContext.Provider value={now}>{children}</NowContext.Provider>;
}

export function useNow(): number {
  return useContext(NowContext) ?? Date.now();
}
