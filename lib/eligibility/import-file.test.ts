import { parseEligibilityCsv } from './import-file';

const today = '2026-11-20';

describe('eligibility import file', () => {
  it('reads product and shop rows by column name, in any order; blank and `--` cells stay unknown', () => {
    const csv = [
      'Seller-fault returns,Product ID,Reviews,Negative reviews,Return/refund cases,Category,Date,Store rating,Counterfeit violation date',
      '1,1729,120,1,40,Electronics,2026-11-18,,',
      '--,1730,,,,fashion & lifestyle,,,',
      ',,,,,,2026-11-18,4.4,',
      ',,,,,,2026-11-19,,2026-10-02',
    ].join('\n');
    const result = parseEligibilityCsv(csv, today);
    expect(result).toEqual({
      reports: [
        { day: '2026-11-18', productId: '1729', category: 'electronics', reviews: 120, negativeReviews: 1, returnCases: 40, sellerFaultReturns: 1 },
        { day: today, productId: '1730', category: 'fashion-lifestyle' },
        { day: '2026-11-18', storeRating: 4.4, counterfeitChecked: true },
        { day: '2026-11-19', counterfeitChecked: true, counterfeitDays: ['2026-10-02'] },
      ],
      skipped: [],
    });
  });

  it('lists the rows it cannot read with their line and reason, and keeps the rest', () => {
    const csv = ['Product ID,Reviews,Negative reviews,Date', '1,10,11,', '2,ten,1,', '3,5,0,31/31/2026', '=cmd(),5,0,', '4,5,0,'].join('\r\n');
    const result = parseEligibilityCsv(csv, today);
    expect(result).toEqual({
      reports: [{ day: today, productId: '4', reviews: 5, negativeReviews: 0 }],
      skipped: [
        { line: 2, reason: 'More negative reviews than reviews.' },
        { line: 3, reason: 'reviews: not a whole number.' },
        { line: 4, reason: '"31/31/2026" is not a date.' },
        { line: 5, reason: 'The product id is not an id.' },
      ],
    });
  });

  it('refuses a file without eligibility columns, or an empty one', () => {
    expect(parseEligibilityCsv('Creator name,GMV\n@maya,$10', today)).toEqual({ error: expect.stringMatching(/^No eligibility columns found/) });
    expect(parseEligibilityCsv('', today)).toEqual({ error: 'The file is empty.' });
  });

  it('reads the region’s number and date conventions', () => {
    expect(parseEligibilityCsv('Date;Store rating\n05.11.2026;"3,8"', today, 'DE')).toEqual({ reports: [{ day: '2026-11-05', storeRating: 3.8 }], skipped: [] });
  });
});
