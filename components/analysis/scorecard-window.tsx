import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { SCORECARD_WINDOWS } from '../../lib/analytics/settings';

const STORAGE_KEY = 'creatorDesk.scorecardWindowDays';

interface WindowChoice {
  /** The window the seller picked, or null for the settings' default. */
  chosen: number | null;
  choose: (days: number) => void;
}

const WindowContext = createContext<WindowChoice | null>(null);

function readStored(): number | null {
  try {
    const value = Number(window.localStorage.getItem(STORAGE_KEY));
    return (SCORECARD_WINDOWS as readonly number[]).includes(value) ? value : null;
  } catch {
    return null;
  }
}

/** The scorecard window (7 / 28 / 90 days) the seller picked, shared by every view and kept across openings. */
export function ScorecardWindowProvider({ children }: { children: ReactNode }) {
  const [chosen, setChosen] = useState<number | null>(readStored);
  const choose = useCallback((days: number) => {
    setChosen(days);
    try {
      window.localStorage.setItem(STORAGE_KEY, String(days));
    } catch {
      // Storage can be unavailable; the choice then lasts for this opening only.
    }
  }, []);
  const value = useMemo(() => ({ chosen, choose }), [chosen, choose]);
  return <WindowContext.Provider value={value}>{children}</WindowContext.Provider>;
}

export function useWindowChoice(): WindowChoice {
  const context = useContext(WindowContext);
  if (!context) throw new Error('useWindowChoice needs a ScorecardWindowProvider');
  return context;
}

/** The windows offered: 7, 28 and 90 days, plus the settings' default when it is another length. */
export function windowOptions(defaultDays: number): number[] {
  const options: number[] = [...SCORECARD_WINDOWS];
  if (!options.includes(defaultDays)) options.push(defaultDays);
  return options.sort((a, b) => a - b);
}
