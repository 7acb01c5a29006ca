import { gql } from 'urql';
import type { DeclineReason, NeedResponse, RespondToNeedInput, ResponseFilters, ResponseSort, ResponseWarning } from '../types';

export const RESPONSE_FIELDS = gql`
  fragment ResponseFields on NeedResponse {
    id
    needId
    needTitle
    lotId
    lotTitle
    status
    version
    priceEur
    leadTimeDays
    message
    answers
    attachments {
      id
      name
      mimeType
      sizeBytes
      url
    }
    subcontractors {
      name
      organizationId
      sharePercent
    }
    declineReason
    declineComment
    buyerDecision
    buyerMessage
    respondent {
      id
      name
      city
      distanceKm
      kinds
      certifications
    }
    consortium {
      id
      name
      form
      members {
        organizationId
        name
        role
        sharePercent
        kinds
        certifications
      }
    }
    contact {
      name
      email
    }
    eligibility {
      at
      reservation
      status
      reasons {
        code
        message
      }
    }
    warnings {
      code
      level
      message
      subcontractorOrganizationId
    }
    submittedAt
    createdAt
    updatedAt
  }
`;

// ---- Supplier side ----------------------------------------------------------------------------

export const MY_RESPONSES_QUERY = gql<{ myResponses: NeedResponse[] }, { needId: string }>`
  query MyResponses($needId: ID) {
    myResponses(needId: $needId) {
      ...ResponseFields
    }
  }
  ${RESPONSE_FIELDS}
`;

export const RESPOND_TO_NEED_MUTATION = gql<
  { respondToNeed: { response: NeedResponse; warnings: ResponseWarning[] } },
  { input: RespondToNeedInput }
>`
  mutation RespondToNeed($input: RespondToNeedInput!) {
    respondToNeed(input: $input) {
      response {
        ...ResponseFields
      }
      warnings {
        code
        level
        message
        subcontractorOrganizationId
      }
    }
  }
  ${RESPONSE_FIELDS}
`;

export const DECLINE_NEED_LOT_MUTATION = gql<
  { declineNeedLot: NeedResponse },
  { input: { needId: string; lotId: string; reason: DeclineReason; comment: string | null } }
>`
  mutation DeclineNeedLot($input: DeclineNeedLotInput!) {
    declineNeedLot(input: $input) {
      ...ResponseFields
    }
  }
  ${RESPONSE_FIELDS}
`;

export const WITHDRAW_RESPONSE_MUTATION = gql<{ withdrawResponse: NeedResponse }, { input: { responseId: string } }>`
  mutation WithdrawResponse($input: ResponseIdInput!) {
    withdrawResponse(input: $input) {
      ...ResponseFields
    }
  }
  ${RESPONSE_FIELDS}
`;

// ---- Buyer side -------------------------------------------------------------------------------

export const RESPONSES_QUERY = gql<
  { responses: NeedResponse[] },
  { needId: string; lotId: string | null; filters: ResponseFilters; sort: ResponseSort }
>`
  query Responses($needId: ID!, $lotId: ID, $filters: ResponseFiltersInput, $sort: ResponseSort!) {
    responses(needId: $needId, lotId: $lotId, filters: $filters, sort: $sort) {
      ...ResponseFields
    }
  }
  ${RESPONSE_FIELDS}
`;

export const SHORTLIST_RESPONSE_MUTATION = gql<{ shortlistResponse: NeedResponse }, { input: { responseId: string } }>`
  mutation ShortlistResponse($input: ResponseIdInput!) {
    shortlistResponse(input: $input) {
      ...ResponseFields
    }
  }
  ${RESPONSE_FIELDS}
`;

export const AWARD_RESPONSE_MUTATION = gql<{ awardResponse: NeedResponse }, { input: { responseId: string; message: string | null } }>`
  mutation AwardResponse($input: AwardResponseInput!) {
    awardResponse(input: $input) {
      ...ResponseFields
    }
  }
  ${RESPONSE_FIELDS}
`;

export const REJECT_RESPONSE_MUTATION = gql<{ rejectResponse: NeedResponse }, { input: { responseId: string; message: string } }>`
  mutation RejectResponse($input: RejectResponseInput!) {
    rejectResponse(input: $input) {
      ...ResponseFields
    }
  }
  ${RESPONSE_FIELDS}
`;
