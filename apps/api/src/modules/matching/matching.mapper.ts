import { formatMatchReasons, SUPPLIER_KIND_DEFINITIONS } from '@essor/domain';
import type { MatchReason, MatchReasonLabels } from '@essor/domain';
import { cpvByCode, placeByCode, sectorBySlug } from '@essor/reference-data';
import type { Locale } from '../../core/graphql';
import { MatchedLotModel, MatchReasonModel, SupplierFunnelStateModel } from './models/matching.models';

/** Sector, place and CPV labels of the reference data, in the reader's language. */
export function matchReasonLabels(lang: Locale): MatchReasonLabels {
  return {
    sector: (slug) => {
      const sector = sectorBySlug(slug);
      return (lang === 'en' ? sector?.nameEn : undefined) ?? sector?.nameFr ?? slug;
    },
    place: (kind, code) => placeByCode(kind, code)?.name ?? code,
    cpv: (classCode) => {
      const cpv = cpvByCode(classCode);
      return cpv ? `${classCode} ${lang === 'en' ? cpv.labelEn : cpv.labelFr}` : classCode;
    },
    kind: (kind) => (/^[A-Z]+$/.test(kind) && kind !== 'ORDINARY' ? kind : SUPPLIER_KIND_DEFINITIONS[kind].label[lang]),
  };
}

export interface LotRef {
  id: string;
  title: string;
  position: number;
}

export function toMatchedLotModel(lot: LotRef, reasons: readonly MatchReason[], lang: Locale): MatchedLotModel {
  const labels = matchReasonLabels(lang);
  return Object.assign(new MatchedLotModel(), {
    lotId: lot.id,
    title: lot.title,
    position: lot.position,
    reasons: reasons.map((r) => Object.assign(new MatchReasonModel(), { type: r.type, label: formatMatchReasons([r], lang, labels) })),
    summary: formatMatchReasons(reasons, lang, labels),
  });
}

/** A need_supplier row (snake_case, as read with SQL) as the funnel state. */
export function toFunnelStateModel(row: Record<string, unknown>): SupplierFunnelStateModel {
  return Object.assign(new SupplierFunnelStateModel(), {
    matchedAt: row.matched_at,
    notifiedAt: row.notified_at ?? null,
    emailedAt: row.emailed_at ?? null,
    viewedAt: row.viewed_at ?? null,
    interest: row.interest ?? null,
    interestAt: row.interest_at ?? null,
    declineReason: row.decline_reason ?? null,
    respondedAt: row.responded_at ?? null,
    remindedAt: row.reminded_at ?? null,
  });
}
