import { gql } from 'urql';
import type {
  CreateNeedInput,
  MatchedNeed,
  Need,
  NeedFunnel,
  NeedMatch,
  NeedPage,
  NeedStatus,
  NeedVersion,
  Paged,
  ProcurementAdvice,
  ProcurementAdviceInput,
  UpdateNeedInput,
} from '../types';

export const NEED_FIELDS = gql`
  fragment NeedFields on Need {
    id
    kind
    title
    descriptionHtml
    status
    statusReason
    visibility
    consortiaAllowed
    verifiedOnly
    deadlineAt
    startDate
    durationMonths
    questions
    version
    isMine
    invitedSupplierIds
    publishedAt
    closedAt
    createdAt
    updatedAt
    buyer {
      id
      name
      regime
    }
    attachments {
      id
      name
      mimeType
      sizeBytes
      url
    }
    lots {
      id
      position
      title
      description
      sectorSlugs
      cpvCodes
      serviceTypes
      quantity
      unit
      amountMinEur
      amountMaxEur
      place {
        kind
        code
        name
        departementCode
        regionCode
      }
      radiusKm
      reservation
      socialClauseHours
    }
  }
`;

const MATCHED_LOT_FIELDS = gql`
  fragment MatchedLotFields on MatchedLot {
    lotId
    position
    title
    summary
    reasons {
      type
      label
    }
  }
`;

const FUNNEL_STATE_FIELDS = gql`
  fragment FunnelStateFields on SupplierFunnelState {
    matchedAt
    notifiedAt
    emailedAt
    viewedAt
    interest
    interestAt
    declineReason
    respondedAt
  }
`;

const MATCHED_NEED_FIELDS = gql`
  fragment MatchedNeedFields on MatchedNeed {
    needId
    title
    status
    deadlineAt
    buyerId
    buyerName
    lots {
      ...MatchedLotFields
    }
    state {
      ...FunnelStateFields
    }
  }
  ${MATCHED_LOT_FIELDS}
  ${FUNNEL_STATE_FIELDS}
`;

// ---- Buyer: needs -----------------------------------------------------------------------------

export const NEED_QUERY = gql<{ need: Need }, { id: string }>`
  query Need($id: ID!) {
    need(id: $id) {
      ...NeedFields
    }
  }
  ${NEED_FIELDS}
`;

export const MY_NEEDS_QUERY = gql<{ myNeeds: NeedPage }, { statuses?: NeedStatus[] | null; page: number; perPage: number }>`
  query MyNeeds($statuses: [NeedStatus!], $page: Int!, $perPage: Int!) {
    myNeeds(statuses: $statuses, page: $page, perPage: $perPage) {
      total
      page
      perPage
      items {
        ...NeedFields
      }
    }
  }
  ${NEED_FIELDS}
`;

export const NEED_VERSIONS_QUERY = gql<{ needVersions: NeedVersion[] }, { needId: string }>`
  query NeedVersions($needId: ID!) {
    needVersions(needId: $needId) {
      version
      changedFields
      createdAt
    }
  }
`;

export const CREATE_NEED_MUTATION = gql<{ createNeed: Need }, { input: CreateNeedInput }>`
  mutation CreateNeed($input: CreateNeedInput!) {
    createNeed(input: $input) {
      ...NeedFields
    }
  }
  ${NEED_FIELDS}
`;

export const UPDATE_NEED_MUTATION = gql<{ updateNeed: Need }, { input: UpdateNeedInput }>`
  mutation UpdateNeed($input: UpdateNeedInput!) {
    updateNeed(input: $input) {
      ...NeedFields
    }
  }
  ${NEED_FIELDS}
`;

export const PUBLISH_NEED_MUTATION = gql<{ publishNeed: Need }, { input: { needId: string } }>`
  mutation PublishNeed($input: NeedIdInput!) {
    publishNeed(input: $input) {
      ...NeedFields
    }
  }
  ${NEED_FIELDS}
`;

export const CLOSE_NEED_MUTATION = gql<{ closeNeed: Need }, { input: { needId: string } }>`
  mutation CloseNeed($input: NeedIdInput!) {
    closeNeed(input: $input) {
      ...NeedFields
    }
  }
  ${NEED_FIELDS}
`;

export const AWARD_NEED_MUTATION = gql<{ awardNeed: Need }, { input: { needId: string } }>`
  mutation AwardNeed($input: NeedIdInput!) {
    awardNeed(input: $input) {
      ...NeedFields
    }
  }
  ${NEED_FIELDS}
`;

export const CANCEL_NEED_MUTATION = gql<{ cancelNeed: Need }, { input: { needId: string; reason: string } }>`
  mutation CancelNeed($input: CancelNeedInput!) {
    cancelNeed(input: $input) {
      ...NeedFields
    }
  }
  ${NEED_FIELDS}
`;

export const PROCUREMENT_ADVICE_QUERY = gql<{ procurementAdvice: ProcurementAdvice }, { input: ProcurementAdviceInput }>`
  query ProcurementAdvice($input: ProcurementAdviceInput!) {
    procurementAdvice(input: $input) {
      totalEurExclVat
      amountsComplete
      band {
        band
        labelKey
        ruleId
        evidence
        buyerProfileRequired
        provisional
        noteKeys
        thresholds {
          dispenseBelowEur
          buyerProfileFromEur
          boampFromEur
          euFromEur
        }
      }
      advice {
        code
        ruleId
        labelKey
        lotIndex
        suggestedLots
        band
        largestLotBand
      }
    }
  }
`;

/** The live count of a lot: only the total is read. */
export const ELIGIBLE_COUNT_QUERY = gql<
  { searchSuppliers: { total: number } },
  {
    filters: {
      eligibleFor?: string;
      sectorSlugs?: string[];
      servingDepartementCode?: string;
      serviceTypes?: string[];
      verifiedOnly?: boolean;
    };
  }
>`
  query EligibleSupplierCount($filters: SupplierSearchFilters) {
    searchSuppliers(filters: $filters, page: 1, perPage: 1) {
      total
    }
  }
`;

/** Suppliers to invite, by name. */
export const SUPPLIER_PICK_QUERY = gql<
  { searchSuppliers: { hits: { id: string; name: string; city: string | null; departementCode: string | null }[] } },
  { query: string }
>`
  query SupplierPick($query: String) {
    searchSuppliers(query: $query, page: 1, perPage: 10) {
      hits {
        id
        name
        city
        departementCode
      }
    }
  }
`;

export const SUPPLIER_NAME_QUERY = gql<{ supplier: { id: string; name: string; city: string | null } }, { id: string }>`
  query SupplierName($id: ID!) {
    supplier(id: $id) {
      id
      name
      city
    }
  }
`;

// ---- Buyer: matching --------------------------------------------------------------------------

export const NEED_FUNNEL_QUERY = gql<{ needFunnel: NeedFunnel }, { needId: string }>`
  query NeedFunnel($needId: ID!) {
    needFunnel(needId: $needId) {
      needId
      matched
      notified
      emailed
      viewed
      interested
      declined
      responded
    }
  }
`;

export const NEED_MATCHES_QUERY = gql<{ needMatches: Paged<NeedMatch> }, { needId: string; page: number; perPage: number }>`
  query NeedMatches($needId: ID!, $page: Int!, $perPage: Int!) {
    needMatches(needId: $needId, page: $page, perPage: $perPage) {
      total
      page
      perPage
      items {
        supplierId
        supplierName
        lots {
          ...MatchedLotFields
        }
        state {
          ...FunnelStateFields
        }
      }
    }
  }
  ${MATCHED_LOT_FIELDS}
  ${FUNNEL_STATE_FIELDS}
`;

// ---- Supplier: opportunities ------------------------------------------------------------------

export const MY_MATCHED_NEEDS_QUERY = gql<{ myMatchedNeeds: Paged<MatchedNeed> }, { page: number; perPage: number }>`
  query MyMatchedNeeds($page: Int!, $perPage: Int!) {
    myMatchedNeeds(page: $page, perPage: $perPage) {
      total
      page
      perPage
      items {
        ...MatchedNeedFields
      }
    }
  }
  ${MATCHED_NEED_FIELDS}
`;

export const EXPRESS_INTEREST_MUTATION = gql<{ expressInterest: MatchedNeed }, { input: { needId: string } }>`
  mutation ExpressInterest($input: ExpressInterestInput!) {
    expressInterest(input: $input) {
      ...MatchedNeedFields
    }
  }
  ${MATCHED_NEED_FIELDS}
`;

export const DECLINE_NEED_MUTATION = gql<{ declineNeed: MatchedNeed }, { input: { needId: string; reason?: string | null } }>`
  mutation DeclineNeed($input: DeclineNeedInput!) {
    declineNeed(input: $input) {
      ...MatchedNeedFields
    }
  }
  ${MATCHED_NEED_FIELDS}
`;
