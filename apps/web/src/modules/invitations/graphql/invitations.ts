import { gql } from 'urql';
import type { Invitation, Me } from '../../../shared/graphql/types';
import { ME_FIELDS } from '../../auth/graphql/me';

export const INVITATION_PREVIEW_QUERY = gql<{ invitation: Invitation | null }, { token: string }>`
  query InvitationPreview($token: String!) {
    invitation(token: $token) {
      id
      email
      role
      organizationName
      expiresAt
      acceptedAt
    }
  }
`;

export const ACCEPT_INVITATION_MUTATION = gql<{ acceptInvitation: Me }, { input: { token: string } }>`
  mutation AcceptInvitation($input: TokenInput!) {
    acceptInvitation(input: $input) {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;
