import { gql } from 'urql';
import type { Me } from '../../../shared/graphql/types';

export const ORGANIZATION_FIELDS = gql`
  fragment OrganizationFields on Organization {
    id
    name
    type
    regime
    siret
    siren
    createdAt
  }
`;

/** Every mutation that returns `Me` selects these fields, so the session can be replaced wholesale. */
export const ME_FIELDS = gql`
  fragment MeFields on Me {
    user {
      id
      email
      displayName
      locale
      emailVerified
      isStaff
    }
    memberships {
      role
      organization {
        ...OrganizationFields
      }
    }
    activeOrganization {
      ...OrganizationFields
    }
    activeRole
  }
  ${ORGANIZATION_FIELDS}
`;

export const ME_QUERY = gql<{ me: Me | null }, Record<string, never>>`
  query Me {
    me {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;
