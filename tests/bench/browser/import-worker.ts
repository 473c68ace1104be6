/**
 * Worker entry for the reliability bench: the extension's import worker (entrypoints/import-worker.ts)
 * as a bench bundle — the same handler reads, checks and stores the file into the database named.
 */
import { handleImportIntoDb } from '../../../components/import/import-in-worker';
import { CreatorDeskDb } from '../../../lib/db/database';

addEventListener('message', (event: MessageEvent<unknown>) => {
  void handleImportIntoDb(event.data, (message) => postMessage(message), (name) => new CreatorDeskDb(name));
});
