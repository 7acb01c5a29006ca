// What a buyer may do with a need in its status (the lifecycle of @essor/domain), and the funnel
// figures as the compact bar shows them. Pure; tested in status.spec.ts.
import { canEditNeed, nextNeedStatus, type NeedAction } from '@essor/domain';
import type { NeedFunnel, NeedStatus, SupplierFunnelState } from './types';

export type BuyerAction = 'EDIT' | 'PUBLISH' | 'CLOSE' | 'AWARD' | 'CANCEL';

const LIFECYCLE_ACTIONS: readonly (NeedAction & BuyerAction)[] = ['PUBLISH', 'CLOSE', 'AWARD', 'CANCEL'];

/** Buyer actions the status allows, in display order (the server checks again). */
export function buyerActions(status: NeedStatus): BuyerAction[] {
  // Moderation only changes where PUBLISH leads, not whether it is allowed.
  const allowed = LIFECYCLE_ACTIONS.filter((action) => nextNeedStatus(status, action, { moderation: false }).ok);
  return canEditNeed(status) ? ['EDIT', ...allowed] : allowed;
}

export const FUNNEL_STEPS = ['matched', 'notified', 'emailed', 'viewed', 'interested', 'declined', 'responded'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export interface FunnelBarItem {
  step: FunnelStep;
  count: number;
  /** Share of the matched suppliers, 0–100 (0 when nobody matched). */
  percent: number;
}

export function funnelBar(funnel: Pick<NeedFunnel, FunnelStep>): FunnelBarItem[] {
  const base = funnel.matched;
  return FUNNEL_STEPS.map((step) => ({
    step,
    count: funnel[step],
    percent: base > 0 ? Math.min(100, Math.round((funnel[step] / base) * 100)) : 0,
  }));
}

export type SupplierStage = 'MATCHED' | 'NOTIFIED' | 'VIEWED' | 'INTERESTED' | 'DECLINED' | 'RESPONDED';

/** Where one supplier stands: the furthest step it reached (an answer wins over a view). */
export function supplierStage(state: SupplierFunnelState): SupplierStage {
  if (state.respondedAt) return 'RESPONDED';
  if (state.interest === 'INTERESTED') return 'INTERESTED';
  if (state.interest === 'DECLINED') return 'DECLINED';
  if (state.viewedAt) return 'VIEWED';
  if (state.notifiedAt || state.emailedAt) return 'NOTIFIED';
  return 'MATCHED';
}

/** Badge tone of a need status. */
export function statusTone(status: NeedStatus): 'ok' | 'warn' | 'neutral' | 'error' {
  switch (status) {
    case 'PUBLISHED':
      return 'ok';
    case 'PENDING_REVIEW':
    case 'DRAFT':
      return 'warn';
    case 'CANCELLED':
      return 'error';
    default:
      return 'neutral';
  }
}
