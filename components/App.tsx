import type { CreatorDeskDb } from '../lib/db/database';
import { NowProvider } from './common/now';
import { DbProvider } from './db/DbContext';
import { Header } from './shell/Header';
import { useHash } from './shell/useHash';
import { resolveView, VIEWS } from './shell/views';

/** The side panel: a header with the view nav, and the active view filling the rest. */
export function App({ db }: { db?: CreatorDeskDb }) {
  const view = resolveView(useHash());
  const shell = (
    <NowProvider>
      <div className="flex h-dvh min-w-0 flex-col">
        <Header views={VIEWS} activeId={view.id} />
        <main className="min-h-0 flex-1 overflow-y-auto">
          <view.Component />
        </main>
      </div>
    </NowProvider>
  );
  return db ? <DbProvider db={db}>{shell}</DbProvider> : shell;
}
