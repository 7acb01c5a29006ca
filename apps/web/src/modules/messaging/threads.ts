// Small pure helpers of the message pages (unit-tested in threads.spec.ts).
import type { MessageThread } from './types';

export function totalUnread(threads: readonly { unreadCount: number }[]): number {
  return threads.reduce((sum, t) => sum + Math.max(0, t.unreadCount), 0);
}

/** Who the caller talks to in a thread: the buyer for a supplier, else the consortium or supplier. */
export function counterpartName(thread: MessageThread, activeOrganizationId: string | null): string {
  if (activeOrganizationId && activeOrganizationId === thread.buyer.id) return thread.consortium?.name ?? thread.supplier.name;
  return thread.buyer.name;
}

export interface NewThreadTarget {
  needId: string;
  supplierOrganizationId: string | null;
  consortiumId: string | null;
}

/** /messages/nouveau?besoin=…&fournisseur=…|groupement=… → whom to write to (null without a need). */
export function newThreadTarget(params: URLSearchParams): NewThreadTarget | null {
  const needId = params.get('besoin')?.trim();
  if (!needId) return null;
  return { needId, supplierOrganizationId: params.get('fournisseur')?.trim() || null, consortiumId: params.get('groupement')?.trim() || null };
}
