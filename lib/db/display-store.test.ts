import { CreatorDeskDb } from './database';
import { DISPLAY_RECORD_ID, displayFromRecord, loadDisplay, saveDisplay, SHOP_RECORD_ID } from './display-store';

let db: CreatorDeskDb;
beforeEach(() => {
  db = new CreatorDeskDb(`display-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('display preferences', () => {
  it('keep the locale and the shop currency apart: saving one leaves the other', async () => {
    await saveDisplay(db, { locale: 'de-DE' });
    await saveDisplay(db, { shopCurrency: 'EUR' });
    expect(await loadDisplay(db)).toEqual({ locale: 'de-DE', shopCurrency: 'EUR' });
    await saveDisplay(db, { locale: null });
    expect(await loadDisplay(db)).toEqual({ locale: null, shopCurrency: 'EUR' });
    await saveDisplay(db, { shopCurrency: null });
    expect(await loadDisplay(db)).toEqual({ locale: null, shopCurrency: null });
  });

  it('keep the shop currency in its own record (a team shares it), written only when it changes', async () => {
    await saveDisplay(db, { shopCurrency: 'GBP' }, 10);
    await saveDisplay(db, { locale: 'en-GB' }, 20);
    expect(await db.settings.get(SHOP_RECORD_ID)).toEqual({ id: SHOP_RECORD_ID, values: { currency: 'GBP' }, updatedAt: 10 });
    expect(await db.settings.get(DISPLAY_RECORD_ID)).toEqual({ id: DISPLAY_RECORD_ID, values: { locale: 'en-GB' }, updatedAt: 20 });
  });

  it('move a currency an earlier version kept in the display record to the shop record', async () => {
    await db.settings.put({ id: DISPLAY_RECORD_ID, values: { locale: 'de-DE', shopCurrency: 'EUR' }, updatedAt: 1 });
    expect(await loadDisplay(db)).toEqual({ locale: 'de-DE', shopCurrency: 'EUR' });
    await saveDisplay(db, { locale: 'fr-FR' }, 5);
    expect(await loadDisplay(db)).toEqual({ locale: 'fr-FR', shopCurrency: 'EUR' });
    expect(await db.settings.get(SHOP_RECORD_ID)).toMatchObject({ values: { currency: 'EUR' } });
    expect((await db.settings.get(DISPLAY_RECORD_ID))?.values).toEqual({ locale: 'fr-FR' });
  });

  it('read anything else as not set', () => {
    expect(displayFromRecord(undefined)).toEqual({ locale: null, shopCurrency: null });
    expect(displayFromRecord({ values: { locale: 'xx-nonsense', shopCurrency: 'DOGE' } })).toEqual({ locale: null, shopCurrency: null });
    expect(displayFromRecord({ values: { shopCurrency: 'MYR' } })).toEqual({ locale: null, shopCurrency: 'MYR' });
    // Once there is a shop record, its currency counts (even none).
    expect(displayFromRecord({ values: { shopCurrency: 'MYR' } }, { values: { currency: null } })).toEqual({ locale: null, shopCurrency: null });
    expect(displayFromRecord(undefined, { values: { currency: 'SGD' } })).toEqual({ locale: null, shopCurrency: 'SGD' });
  });
});
