import { type ReactNode, useEffect, useState } from 'react';
import { asFutureDatabaseError } from '../../lib/db/future-version';
import { useDb } from './DbContext';

/**
 * Opens the database before any view reads it. A database saved by a newer build is refused by
 * lib/db (nothing read, nothing written): the panel then shows why instead of its views.
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const db = useDb();
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    db.open().catch((error: unknown) => {
      const future = asFutureDatabaseError(error);
      if (current && future) setRefusal(future.message);
    });
    return () => {
      current = false;
    };
  }, [db]);
  if (refusal === null) return <>{children}</>;
  return (
    <main className="p-4">
      <div role="alert" className="rounded-md border-2 border-amber-600 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50">
        <p className="font-semibold">Creator Desk needs an update</p>
        <p className="mt-1">{refusal}</p>
      </div>
    </main>
  );
}
