import { buyerActions, funnelBar, statusTone, supplierStage } from './status';
import type { SupplierFunnelState } from './types';

describe('buyerActions', () => {
  it('follows the need lifecycle', () => {
    expect(buyerActions('DRAFT')).toEqual(['EDIT', 'PUBLISH', 'CANCEL']);
    expect(buyerActions('PENDING_REVIEW')).toEqual(['EDIT', 'CANCEL']);
    expect(buyerActions('PUBLISHED')).toEqual(['EDIT', 'CLOSE', 'CANCEL']);
    expect(buyerActions('CLOSED')).toEqual(['AWARD', 'CANCEL']);
    expect(buyerActions('AWARDED')).toEqual([]);
    expect(buyerActions('CANCELLED')).toEqual([]);
  });
  it('gives each status a tone', () => {
    expect(statusTone('PUBLISHED')).toBe('ok');
    expect(statusTone('CANCELLED')).toBe('error');
    expect(statusTone('AWARDED')).toBe('neutral');
  });
});

describe('funnelBar', () => {
  it('gives each step its count and share of the matched suppliers', () => {
    const bar = funnelBar({ matched: 8, notified: 8, emailed: 6, viewed: 4, interested: 2, declined: 1, responded: 0 });
    expect(bar.map((b) => b.step)).toEqual(['matched', 'notified', 'emailed', 'viewed', 'interested', 'declined', 'responded']);
    expect(bar.map((b) => b.percent)).toEqual([100, 100, 75, 50, 25, 13, 0]);
    expect(funnelBar({ matched: 0, notified: 0, emailed: 0, viewed: 0, interested: 0, declined: 0, responded: 0 }).every((b) => b.percent === 0)).toBe(true);
  });
});

describe('supplierStage', () => {
  const base: SupplierFunnelState = {
    matchedAt: '2026-01-01T00:00:00Z', notifiedAt: null, emailedAt: null, viewedAt: null, interest: null, interestAt: null, declineReason: null, respondedAt: null,
  };
  it('is the furthest step reached', () => {
    expect(supplierStage(base)).toBe('MATCHED');
    expect(supplierStage({ ...base, emailedAt: 'x' })).toBe('NOTIFIED');
    expect(supplierStage({ ...base, notifiedAt: 'x', viewedAt: 'y' })).toBe('VIEWED');
    expect(supplierStage({ ...base, viewedAt: 'y', interest: 'DECLINED' })).toBe('DECLINED');
    expect(supplierStage({ ...base, interest: 'INTERESTED' })).toBe('INTERESTED');
    expect(supplierStage({ ...base, interest: 'INTERESTED', respondedAt: 'z' })).toBe('RESPONDED');
  });
});
