import { moneyRatio, rateAsShown, roundMoney, toMinor } from './precision';

describe('rounding at the edges', () => {
  it('10% of $35.10 is 10%', () => {
    expect(3.51 / 35.1).not.toBe(0.1); // what floating point gives
    expect(moneyRatio(3.51, 35.1)).toBe(0.1);
  });

  it('compares rates at the precision shown', () => {
    expect(rateAsShown(0.09996)).toBe(0.1); // shown as 10.0%
    expect(rateAsShown(0.0949)).toBe(0.095);
    expect(rateAsShown(0.00994)).toBe(0.0099); // under 1%: two decimals of a percent
  });

  it('keeps money in cents', () => {
    expect(roundMoney(0.1 + 0.2)).toBe(0.3);
    expect(toMinor(Number.NaN)).toBeNaN();
    expect(moneyRatio(1, 0)).toBeNull();
    expect(moneyRatio(null, 5)).toBeNull();
  });
});
