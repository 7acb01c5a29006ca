import { gql } from 'urql';
import type { ReservationType } from '../../suppliers/types';
import type {
  Consortium,
  ConsortiumForm,
  ConsortiumMemberRole,
  ConsortiumPage,
  ConsortiumScope,
  PartnerCall,
  PartnerSuggestion,
} from '../types';

export const CONSORTIUM_FIELDS = gql`
  fragment ConsortiumFields on Consortium {
    id
    scope
    name
    form
    status
    needId
    needTitle
    lotId
    lotTitle
    leadOrganizationId
    leadName
    isLead
    submittedAt
    createdAt
    members {
      id
      organizationId
      organizationName
      invitedEmail
      role
      sharePercent
      status
      invitedAt
      expiresAt
      answeredAt
    }
    compositionIssues {
      code
      message
      organizationId
    }
    eligibility {
      at
      reservation
      status
      reasons {
        code
        message
        organizationId
      }
      warnings {
        code
        message
        organizationId
      }
      members {
        organizationId
        organizationName
        role
        status
        reasons
      }
    }
    combinedProfile {
      headcount
      membersWithoutHeadcount
      capacities {
        quantity
        unit
        period
        members
      }
      certifications
      kinds
      national
      regionCodes
      departementCodes
      sectorSlugs
    }
  }
`;

export const CONSORTIUM_QUERY = gql<{ consortium: Consortium }, { id: string }>`
  query Consortium($id: ID!) {
    consortium(id: $id) {
      ...ConsortiumFields
    }
  }
  ${CONSORTIUM_FIELDS}
`;

export const MY_CONSORTIA_QUERY = gql<{ myConsortia: ConsortiumPage }, { page: number; perPage: number }>`
  query MyConsortia($page: Int!, $perPage: Int!) {
    myConsortia(page: $page, perPage: $perPage) {
      total
      page
      perPage
      items {
        ...ConsortiumFields
      }
    }
  }
  ${CONSORTIUM_FIELDS}
`;

export const CREATE_CONSORTIUM_MUTATION = gql<
  { createConsortium: Consortium },
  { input: { scope: ConsortiumScope; name: string; form: ConsortiumForm; needId: string | null; lotId: string | null } }
>`
  mutation CreateConsortium($input: CreateConsortiumInput!) {
    createConsortium(input: $input) {
      ...ConsortiumFields
    }
  }
  ${CONSORTIUM_FIELDS}
`;

export const INVITE_TO_CONSORTIUM_MUTATION = gql<
  { inviteToConsortium: Consortium },
  { input: { consortiumId: string; organizationId?: string | null; email?: string | null; role: ConsortiumMemberRole; sharePercent: number | null } }
>`
  mutation InviteToConsortium($input: InviteToConsortiumInput!) {
    inviteToConsortium(input: $input) {
      ...ConsortiumFields
    }
  }
  ${CONSORTIUM_FIELDS}
`;

export const UPDATE_CONSORTIUM_MEMBER_MUTATION = gql<
  { updateConsortiumMember: Consortium },
  { input: { memberId: string; role?: ConsortiumMemberRole; sharePercent?: number | null } }
>`
  mutation UpdateConsortiumMember($input: UpdateConsortiumMemberInput!) {
    updateConsortiumMember(input: $input) {
      ...ConsortiumFields
    }
  }
  ${CONSORTIUM_FIELDS}
`;

export const ANSWER_CONSORTIUM_INVITATION_MUTATION = gql<{ answerConsortiumInvitation: Consortium }, { input: { memberId: string; accept: boolean } }>`
  mutation AnswerConsortiumInvitation($input: AnswerConsortiumInvitationInput!) {
    answerConsortiumInvitation(input: $input) {
      ...ConsortiumFields
    }
  }
  ${CONSORTIUM_FIELDS}
`;

export const ACCEPT_CONSORTIUM_EMAIL_INVITATION_MUTATION = gql<{ acceptConsortiumEmailInvitation: Consortium }, { input: { token: string } }>`
  mutation AcceptConsortiumEmailInvitation($input: AcceptConsortiumEmailInvitationInput!) {
    acceptConsortiumEmailInvitation(input: $input) {
      id
      name
    }
  }
`;

export const LEAVE_CONSORTIUM_MUTATION = gql<{ leaveConsortium: { ok: boolean } }, { input: { consortiumId: string } }>`
  mutation LeaveConsortium($input: ConsortiumIdInput!) {
    leaveConsortium(input: $input) {
      ok
    }
  }
`;

export const DISSOLVE_CONSORTIUM_MUTATION = gql<{ dissolveConsortium: Consortium }, { input: { consortiumId: string } }>`
  mutation DissolveConsortium($input: ConsortiumIdInput!) {
    dissolveConsortium(input: $input) {
      ...ConsortiumFields
    }
  }
  ${CONSORTIUM_FIELDS}
`;

export const SUBMIT_CONSORTIUM_RESPONSE_MUTATION = gql<
  { submitConsortiumResponse: Consortium },
  { input: { consortiumId: string; priceEur: number; leadTimeDays: number; message: string; answers: string[] } }
>`
  mutation SubmitConsortiumResponse($input: SubmitConsortiumResponseInput!) {
    submitConsortiumResponse(input: $input) {
      ...ConsortiumFields
    }
  }
  ${CONSORTIUM_FIELDS}
`;

// ---- Partner calls (bourse à la co-traitance) -------------------------------------------------

const PARTNER_CALL_FIELDS = gql`
  fragment PartnerCallFields on PartnerCall {
    id
    title
    description
    status
    isMine
    authorOrganizationId
    authorName
    consortiumId
    needId
    needTitle
    lotId
    lotTitle
    roleOffered
    reservationNeeded
    sectorSlugs
    kinds
    regionCodes
    departementCodes
    createdAt
    applications {
      id
      callId
      organizationId
      organizationName
      message
      status
      createdAt
      decidedAt
    }
  }
`;

export const PARTNER_CALLS_QUERY = gql<
  { partnerCalls: { items: PartnerCall[]; total: number; page: number; perPage: number } },
  { needId: string | null; lotId: string | null; page: number; perPage: number }
>`
  query PartnerCalls($needId: ID, $lotId: ID, $page: Int!, $perPage: Int!) {
    partnerCalls(needId: $needId, lotId: $lotId, page: $page, perPage: $perPage) {
      total
      page
      perPage
      items {
        ...PartnerCallFields
      }
    }
  }
  ${PARTNER_CALL_FIELDS}
`;

export const CREATE_PARTNER_CALL_MUTATION = gql<
  { createPartnerCall: PartnerCall },
  {
    input: {
      needId: string;
      lotId: string;
      title: string;
      description: string;
      roleOffered: ConsortiumMemberRole;
      reservationNeeded: ReservationType;
    };
  }
>`
  mutation CreatePartnerCall($input: CreatePartnerCallInput!) {
    createPartnerCall(input: $input) {
      ...PartnerCallFields
    }
  }
  ${PARTNER_CALL_FIELDS}
`;

export const APPLY_TO_PARTNER_CALL_MUTATION = gql<{ applyToPartnerCall: PartnerCall }, { input: { callId: string; message: string } }>`
  mutation ApplyToPartnerCall($input: ApplyToPartnerCallInput!) {
    applyToPartnerCall(input: $input) {
      ...PartnerCallFields
    }
  }
  ${PARTNER_CALL_FIELDS}
`;

export const DECIDE_PARTNER_APPLICATION_MUTATION = gql<{ decidePartnerApplication: PartnerCall }, { input: { applicationId: string; accept: boolean } }>`
  mutation DecidePartnerApplication($input: DecidePartnerApplicationInput!) {
    decidePartnerApplication(input: $input) {
      ...PartnerCallFields
    }
  }
  ${PARTNER_CALL_FIELDS}
`;

export const CLOSE_PARTNER_CALL_MUTATION = gql<{ closePartnerCall: PartnerCall }, { input: { callId: string } }>`
  mutation ClosePartnerCall($input: PartnerCallIdInput!) {
    closePartnerCall(input: $input) {
      ...PartnerCallFields
    }
  }
  ${PARTNER_CALL_FIELDS}
`;

export const PARTNER_SUGGESTIONS_QUERY = gql<{ partnerSuggestions: PartnerSuggestion[] }, { lotId: string; limit: number }>`
  query PartnerSuggestions($lotId: ID!, $limit: Int!) {
    partnerSuggestions(lotId: $lotId, limit: $limit) {
      supplierId
      name
      score
      summary
      reasons {
        type
        label
      }
    }
  }
`;
