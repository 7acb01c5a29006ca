import { counterpartName, newThreadTarget, totalUnread } from './threads';
import type { MessageThread } from './types';

const thread = {
  buyer: { id: 'buyer', name: 'Métropole' },
  supplier: { id: 'sup', name: 'Atelier' },
  consortium: null,
} as unknown as MessageThread;

describe('messaging helpers', () => {
  it('adds the unread counts', () => {
    expect(totalUnread([{ unreadCount: 2 }, { unreadCount: 0 }, { unreadCount: 5 }])).toBe(7);
    expect(totalUnread([])).toBe(0);
  });
  it('names the other side of the thread', () => {
    expect(counterpartName(thread, 'buyer')).toBe('Atelier');
    expect(counterpartName({ ...thread, consortium: { id: 'c', name: 'GME Nord' } }, 'buyer')).toBe('GME Nord');
    expect(counterpartName(thread, 'sup')).toBe('Métropole');
  });
  it('reads whom to write to from the URL', () => {
    expect(newThreadTarget(new URLSearchParams('besoin=n1&fournisseur=s1'))).toEqual({ needId: 'n1', supplierOrganizationId: 's1', consortiumId: null });
    expect(newThreadTarget(new URLSearchParams('besoin=n1&groupement=c1'))).toEqual({ needId: 'n1', supplierOrganizationId: null, consortiumId: 'c1' });
    expect(newThreadTarget(new URLSearchParams('fournisseur=s1'))).toBeNull();
  });
});
