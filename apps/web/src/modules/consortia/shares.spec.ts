import { checkShares, parseShare, shareLines } from './shares';
import type { ConsortiumMember } from './types';

describe('checkShares', () => {
  it('is ok at 100 % between the lead and the co-contractors, subcontractors aside', () => {
    expect(
      checkShares([
        { role: 'LEAD', status: 'ACCEPTED', share: '60' },
        { role: 'CO_CONTRACTOR', status: 'INVITED', share: 40 },
        { role: 'SUBCONTRACTOR', status: 'ACCEPTED', share: '15' },
      ]),
    ).toEqual({ total: 100, missing: 0, remaining: 0, state: 'ok' });
  });

  it('accepts thirds typed with French decimals', () => {
    const check = checkShares([
      { role: 'LEAD', status: 'ACCEPTED', share: '33,33' },
      { role: 'CO_CONTRACTOR', status: 'ACCEPTED', share: '33,33' },
      { role: 'CO_CONTRACTOR', status: 'ACCEPTED', share: '33,34' },
    ]);
    expect(check.state).toBe('ok');
  });

  it('says what is missing, under or over', () => {
    expect(checkShares([{ role: 'LEAD', status: 'ACCEPTED', share: '60' }, { role: 'CO_CONTRACTOR', status: 'ACCEPTED', share: '' }])).toEqual({
      total: 60,
      missing: 1,
      remaining: 40,
      state: 'missing',
    });
    expect(checkShares([{ role: 'LEAD', status: 'ACCEPTED', share: '60' }, { role: 'CO_CONTRACTOR', status: 'ACCEPTED', share: '30' }]).state).toBe('under');
    expect(checkShares([{ role: 'LEAD', status: 'ACCEPTED', share: '70' }, { role: 'CO_CONTRACTOR', status: 'ACCEPTED', share: '40' }])).toMatchObject({
      total: 110,
      remaining: -10,
      state: 'over',
    });
  });

  it('ignores members who declined, left or let the invitation lapse', () => {
    expect(
      checkShares([
        { role: 'LEAD', status: 'ACCEPTED', share: 100 },
        { role: 'CO_CONTRACTOR', status: 'DECLINED', share: 40 },
        { role: 'CO_CONTRACTOR', status: 'EXPIRED', share: null },
        { role: 'CO_CONTRACTOR', status: 'LEFT', share: 10 },
      ]).state,
    ).toBe('ok');
  });
});

describe('shareLines and parseShare', () => {
  it('uses the share being edited over the stored one', () => {
    const members = [
      { id: 'm1', role: 'LEAD', status: 'ACCEPTED', sharePercent: null },
      { id: 'm2', role: 'CO_CONTRACTOR', status: 'ACCEPTED', sharePercent: 40 },
    ] as ConsortiumMember[];
    expect(shareLines(members, { m1: '60' })).toEqual([
      { role: 'LEAD', status: 'ACCEPTED', share: '60' },
      { role: 'CO_CONTRACTOR', status: 'ACCEPTED', share: 40 },
    ]);
    expect(checkShares(shareLines(members, { m1: '60' })).state).toBe('ok');
  });
  it('parses a typed share', () => {
    expect(parseShare('40')).toBe(40);
    expect(parseShare('')).toBeNull();
    expect(parseShare('140')).toBeNaN();
  });
});
