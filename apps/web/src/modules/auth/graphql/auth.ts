import { gql } from 'urql';
import type { Locale, Me, OkPayload } from '../../../shared/graphql/types';
import { ME_FIELDS } from './me';

export const REGISTER_MUTATION = gql<
  { register: Me },
  { input: { email: string; password: string; displayName: string; locale?: Locale } }
>`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const LOGIN_MUTATION = gql<{ login: Me }, { input: { email: string; password: string } }>`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const LOGOUT_MUTATION = gql<{ logout: OkPayload }, Record<string, never>>`
  mutation Logout {
    logout {
      ok
    }
  }
`;

export const VERIFY_EMAIL_MUTATION = gql<{ verifyEmail: Me }, { input: { token: string } }>`
  mutation VerifyEmail($input: TokenInput!) {
    verifyEmail(input: $input) {
      ...MeFields
    }
  }
  ${ME_FIELDS}
`;

export const RESEND_VERIFICATION_MUTATION = gql<{ resendVerificationEmail: OkPayload }, Record<string, never>>`
  mutation ResendVerificationEmail {
    resendVerificationEmail {
      ok
    }
  }
`;

export const REQUEST_PASSWORD_RESET_MUTATION = gql<
  { requestPasswordReset: OkPayload },
  { input: { email: string } }
>`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      ok
    }
  }
`;

export const RESET_PASSWORD_MUTATION = gql<
  { resetPassword: OkPayload },
  { input: { token: string; password: string } }
>`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ok
    }
  }
`;
