import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { MembershipRole } from '@essor/domain';
import { Actor, hashToken, newToken } from '../../core/auth';
import { ApiTokenEntity } from './entities/api-token.entity';

const TOKEN_PREFIX = 'essor_';

/** API tokens: shown once at creation, stored hashed, scoped to one organisation, revocable. */
@Injectable()
export class ApiTokenService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async issue(organizationId: string, createdByUserId: string, name: string, role: MembershipRole) {
    const token = newToken(TOKEN_PREFIX);
    const entity = await this.dataSource.getRepository(ApiTokenEntity).save({
      organizationId,
      createdByUserId,
      name,
      role,
      tokenHash: hashToken(token),
      tokenPrefix: token.slice(0, TOKEN_PREFIX.length + 6),
    });
    return { token, entity };
  }

  listFor(organizationId: string) {
    return this.dataSource.getRepository(ApiTokenEntity).find({ where: { organizationId, revokedAt: IsNull() }, order: { createdAt: 'DESC' } });
  }

  /** Revokes a token of that organisation; false when there is none (answered as NOT_FOUND). */
  async revoke(organizationId: string, id: string): Promise<boolean> {
    const result = await this.dataSource.getRepository(ApiTokenEntity).update({ id, organizationId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return (result.affected ?? 0) > 0;
  }

  async actorForToken(token: string): Promise<Actor | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
    const rows: { id: string; organization_id: string; role: MembershipRole; user_id: string; locale: 'fr' | 'en'; email_verified_at: Date | null }[] =
      await this.dataSource.query(
        // Wrapped in a CTE so the driver returns rows (a bare UPDATE answers [rows, count]).
        `WITH used AS (
           UPDATE api_token t SET last_used_at = now()
             FROM app_user u, membership m
            WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.id = t.created_by_user_id
              AND m.user_id = t.created_by_user_id AND m.organization_id = t.organization_id
          RETURNING t.id, t.organization_id, t.role, u.id AS user_id, u.locale, u.email_verified_at)
         SELECT * FROM used`,
        [hashToken(token)],
      );
    const row = rows[0];
    if (!row) return null; // revoked, unknown, or its creator left the organisation
    return {
      userId: row.user_id,
      isStaff: false,
      emailVerified: row.email_verified_at !== null,
      locale: row.locale,
      organizationId: row.organization_id,
      role: row.role,
      via: 'api-token',
      apiTokenId: row.id,
    };
  }
}
