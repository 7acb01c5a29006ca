import { unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const USER = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab';
const OTHER_USER = '6f1c2d3e-4a5b-4c6d-8e7f-0123456789ac';

describe('unsubscribe tokens', () => {
  it('round-trips the user and the category, in URL-safe characters only', () => {
    const token = unsubscribeToken(SECRET, USER, 'NEED_MATCHED');
    expect(token).toMatch(/^[\w-]+$/);
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual({ userId: USER, category: 'NEED_MATCHED' });
    expect(verifyUnsubscribeToken(SECRET, unsubscribeToken(SECRET, USER, 'SAVED_SEARCH'))).toEqual({ userId: USER, category: 'SAVED_SEARCH' });
  });

  it('refuses a token signed with another secret', () => {
    expect(verifyUnsubscribeToken(`${SECRET}-other`, unsubscribeToken(SECRET, USER, 'NEED_MATCHED'))).toBeNull();
  });

  it('refuses a token whose category or user was swapped (the signature covers both)', () => {
    const signatureOf = (t: string) => t.slice(-43);
    const payloadOf = (t: string) => t.slice(0, -43);
    const mine = unsubscribeToken(SECRET, USER, 'NEED_MATCHED');
    expect(verifyUnsubscribeToken(SECRET, payloadOf(unsubscribeToken(SECRET, USER, 'SAVED_SEARCH')) + signatureOf(mine))).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, payloadOf(unsubscribeToken(SECRET, OTHER_USER, 'NEED_MATCHED')) + signatureOf(mine))).toBeNull();
  });

  it.each(['', 'garbage', 'x'.repeat(300), `${USER}.NEED_MATCHED`, 'a.b', `${unsubscribeToken(SECRET, USER, 'NEED_MATCHED')}x`, unsubscribeToken(SECRET, USER, 'NEED_MATCHED').slice(1)])(
    'refuses the malformed token %j without throwing',
    (token) => expect(verifyUnsubscribeToken(SECRET, token)).toBeNull(),
  );
});
