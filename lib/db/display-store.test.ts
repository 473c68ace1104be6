import { CreatorDeskDb } from './database';
import { displayFromRecord, loadDisplay, saveDisplay } from './display-store';

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

  it('read anything else as not set', () => {
    expect(displayFromRecord(undefined)).toEqual({ locale: null, shopCurrency: null });
    expect(displayFromRecord({ values: { locale: 'xx-nonsense', shopCurrency: 'DOGE' } })).toEqual({ locale: null, shopCurrency: null });
    expect(displayFromRecord({ values: { shopCurrency: 'MYR' } })).toEqual({ locale: null, shopCurrency: 'MYR' });
  });
});
