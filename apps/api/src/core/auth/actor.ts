import type { MembershipRole } from '@essor/domain';
import type { Locale } from '../graphql/messages';

/** Who is calling: built once per request by the passport strategies, passed first to services. */
export interface Actor {
  userId: string;
  isStaff: boolean;
  emailVerified: boolean;
  locale: Locale;
  /** The organisation the caller acts for (session's active one, or the API token's). */
  organizationId: string | null;
  role: MembershipRole | null;
  via: 'session' | 'api-token';
  sessionId?: string;
  apiTokenId?: string;
}
