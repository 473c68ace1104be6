/**
 * After a restore the panel reloads onto the restored database and says what was restored. The view
 * can mount twice after that reload (the tree renders again when the stored display locale arrives):
 * the second mount must still say it (it did not: the CI failure of the backup e2e).
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { freshDb } from '../../lib/db/test-helpers';
import { DbProvider, RESTORED_MESSAGE_KEY } from '../db/DbContext';

it('shows what was restored on every mount of the page load that follows the restore', async () => {
  sessionStorage.setItem(RESTORED_MESSAGE_KEY, 'Restored the backup of 1 Dec 2026: 12 creators.');
  // Imported after the message is saved, as after the reload.
  const { BackupPanel } = await import('./BackupPanel');
  const db = freshDb();
  const said = [];
  for (let mount = 0; mount < 2; mount += 1) {
    const container = document.createElement('div');
    const root = createRoot(container);
    await act(async () => root.render(<DbProvider db={db}><BackupPanel /></DbProvider>));
    said.push(container.querySelector('[data-testid="backup-message"]')?.textContent);
    await act(async () => root.unmount());
  }
  expect(said).toEqual(['Restored the backup of 1 Dec 2026: 12 creators.', 'Restored the backup of 1 Dec 2026: 12 creators.']);
  // Taken once: a later reload of the panel does not say it again.
  expect(sessionStorage.getItem(RESTORED_MESSAGE_KEY)).toBeNull();
  await db.delete();
});
