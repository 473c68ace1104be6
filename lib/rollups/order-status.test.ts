import { orderLineState, statusState } from './order-status';

describe('order line status', () => {
  it.each([
    ['Completed', 'counted'],
    ['Pending', 'counted'],
    ['Shipped', 'counted'],
    ['Ineligible', 'counted'],
    ['Refunded', 'refunded'],
    ['Returned', 'refunded'],
    ['Cancelled', 'cancelled'],
    ['Canceled', 'cancelled'],
    ['Storniert', 'cancelled'],
    ['Erstattet', 'refunded'],
    ['Remboursé', 'refunded'],
    ['已取消', 'cancelled'],
  ])('%s → %s', (status, state) => {
    expect(orderLineState({ status, refunded: null })).toBe(state);
  });

  it('the export’s “Fully returned or refunded” column wins', () => {
    expect(orderLineState({ status: 'Completed', refunded: true })).toBe('refunded');
    expect(statusState(undefined)).toBeNull();
  });
});
