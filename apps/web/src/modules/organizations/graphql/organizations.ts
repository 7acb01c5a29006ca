import { gql } from 'urql';
import type {
  BuyerRegime,
  Invitation,
  Me,
  Member,
  MembershipRole,
  Organization,
  OrganizationType,
} from '../../../shared/graphql/types';
import { ME_FIELDS, ORGANIZATION_FIELDS } from '../../auth/graphql/me';

export interface CreateOrganizationInput {
  name: string;
  type: OrganizationType;
  regime?: BuyerRegime | null;
  siret: string;
}

export const CREATE_ORGANIZATION_MUTATION = gql<
  { createOrganization: Me },
  { input: CreateOrganizationInput }
>`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const SWITCH_ORGANIZATION_MUTATION = gql<
  { switchOrganization: Me },
  { input: { organizationId: string } }
>`
  mutation SwitchOrganization($input: SwitchOrganizationInput!) {
    switchOrganization(input: $input) {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const ORGANIZATION_MEMBERS_QUERY = gql<
  { organization: Organization; members: Member[] },
  { organizationId: string }
>`
  query OrganizationMembers($organizationId: ID!) {
    organization(id: $organizationId) {
      ...OrganizationFields
    }
    members(organizationId: $organizationId) {
      userId
      displayName
      email
      role
      joinedAt
    }
  }
  ${ORGANIZATION_FIELDS}
`;

export const INVITATION_FIELDS = gql`
  fragment InvitationFields on Invitation {
    id
    email
    role
    organizationName
    expiresAt
    acceptedAt
  }
`;

export const PENDING_INVITATIONS_QUERY = gql<
  { pendingInvitations: Invitation[] },
  { organizationId: string }
>`
  query PendingInvitations($organizationId: ID!) {
    pendingInvitations(organizationId: $organizationId) {
      ...InvitationFields
    }
  }
  ${INVITATION_FIELDS}
`;

export const INVITE_MEMBER_MUTATION = gql<
  { inviteMember: Invitation },
  { input: { organizationId: string; email: string; role: MembershipRole } }
>`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      ...InvitationFields
    }
  }
  ${INVITATION_FIELDS}
`;
