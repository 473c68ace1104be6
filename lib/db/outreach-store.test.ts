import { lastContactedByCreator } from '../review/last-contacted';
import { deleteOutreach, editOutreach, logCopied, logSentElsewhere, markSent } from './outreach-store';
import { freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();
const draft = { creatorKeys: ['id:a'], kind: 'reminder' as const, channel: 'whatsapp' as const, summary: 'Sample reminder: Serum', text: 'Hi!' };

describe('outreach log', () => {
  it('records a copied message, then marks it sent', async () => {
    const copied = await logCopied(db(), draft, 1_000);
    expect(copied.ok).toBe(true);
    if (!copied.ok) return;
    expect(copied.entry).toMatchObject({ ...draft, at: 1_000, status: 'copied', origin: 'panel' });
    expect(copied.entry.sentAt).toBeUndefined();
    const sent = await markSent(db(), copied.entry.id, 5_000);
    expect(sent.ok && sent.entry).toMatchObject({ status: 'sent', sentAt: 5_000, updatedAt: 5_000 });
    // Marking again keeps the first sent time.
    const again = await markSent(db(), copied.entry.id, 9_000);
    expect(again.ok && again.entry.sentAt).toBe(5_000);
  });

  it('logs a message written elsewhere as sent, and edits it', async () => {
    const logged = await logSentElsewhere(db(), { ...draft, kind: 'other', channel: 'email', summary: 'Called about the campaign', text: '' }, 2_000, 3_000);
    expect(logged.ok && logged.entry).toMatchObject({ status: 'sent', sentAt: 2_000, at: 2_000, origin: 'manual' });
    if (!logged.ok) return;
    const edited = await editOutreach(db(), logged.entry.id, { summary: 'Called: campaign and new rate', channel: 'whatsapp' }, 4_000);
    expect(edited.ok && edited.entry).toMatchObject({ summary: 'Called: campaign and new rate', channel: 'whatsapp', updatedAt: 4_000 });
  });

  it('refuses an invalid edit and keeps the entry as it was', async () => {
    const logged = await logCopied(db(), draft, 1_000);
    if (!logged.ok) throw new Error('not logged');
    const bad = await editOutreach(db(), logged.entry.id, { text: 'x'.repeat(20_001) });
    expect(bad).toEqual({ ok: false, error: 'The message is too long to log (at most 20,000 characters).' });
    const wrongChannel = await editOutreach(db(), logged.entry.id, { channel: 'fax' as never });
    expect(wrongChannel.ok).toBe(false);
    expect((await db().outreach.get(logged.entry.id))!.text).toBe('Hi!');
    expect(await markSent(db(), 'gone')).toEqual({ ok: false, error: 'This entry is no longer in the log.' });
  });

  it('a shout-out names several creators once each; deleting removes it', async () => {
    const shout = await logCopied(db(), { ...draft, kind: 'shout-out', creatorKeys: ['id:a', 'id:b', 'id:a'] }, 1_000);
    expect(shout.ok && shout.entry.creatorKeys).toEqual(['id:a', 'id:b']);
    expect(await db().outreach.where('creatorKeys').equals('id:b').count()).toBe(1);
    if (shout.ok) await deleteOutreach(db(), shout.entry.id);
    expect(await db().outreach.count()).toBe(0);
  });

  it('last contacted per creator: the latest sent (else copied) time', async () => {
    await logCopied(db(), draft, 1_000);
    const later = await logCopied(db(), { ...draft, creatorKeys: ['id:a', 'id:b'] }, 2_000);
    if (later.ok) await markSent(db(), later.entry.id, 7_000);
    const last = lastContactedByCreator(await db().outreach.toArray());
    expect(last).toEqual(new Map([['id:a', 7_000], ['id:b', 7_000]]));
  });
});
