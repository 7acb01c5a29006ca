import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CookieOptions, Response } from 'express';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { MembershipRole } from '@essor/domain';
import { Actor, hashToken, newToken } from '../../core/auth';
import { Env } from '../../core/config';
import { SessionEntity } from './entities/session.entity';

export const SESSION_COOKIE = 'essor_session';

interface SessionRow {
  session_id: string;
  user_id: string;
  is_staff: boolean;
  email_verified_at: Date | null;
  locale: 'fr' | 'en';
  active_organization_id: string | null;
  role: MembershipRole | null;
}

/** Server-side sessions: the cookie holds a random token, the database its hash; revocable. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly env: Env,
  ) {}

  async open(manager: EntityManager, userId: string, meta: { ip?: string; userAgent?: string }, activeOrganizationId: string | null = null) {
    const token = newToken();
    await manager.insert(SessionEntity, {
      userId,
      tokenHash: hashToken(token),
      activeOrganizationId,
      ip: meta.ip?.slice(0, 64) ?? null,
      userAgent: meta.userAgent?.slice(0, 400) ?? null,
      expiresAt: new Date(Date.now() + this.env.SESSION_TTL_HOURS * 3_600_000),
    });
    return token;
  }

  /** The actor of a live session, or null (unknown, expired or revoked). */
  async actorForToken(token: string): Promise<Actor | null> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, u.id AS user_id, u.is_staff, u.email_verified_at, u.locale,
              s.active_organization_id, m.role
         FROM user_session s
         JOIN app_user u ON u.id = s.user_id
         LEFT JOIN membership m ON m.user_id = s.user_id AND m.organization_id = s.active_organization_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [hashToken(token)],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      userId: row.user_id,
      isStaff: row.is_staff,
      emailVerified: row.email_verified_at !== null,
      locale: row.locale,
      // A membership removed since the switch no longer counts.
      organizationId: row.role ? row.active_organization_id : null,
      role: row.role,
      via: 'session',
      sessionId: row.session_id,
    };
  }

  async setActiveOrganization(manager: EntityManager, sessionId: string, organizationId: string | null) {
    await manager.update(SessionEntity, { id: sessionId }, { activeOrganizationId: organizationId });
  }

  async revoke(sessionId: string) {
    await this.dataSource.getRepository(SessionEntity).update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllOf(manager: EntityManager, userId: string) {
    await manager.update(SessionEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  cookieOptions(): CookieOptions {
    return {
      httpOnly: true,
      secure: this.env.isProduction,
      sameSite: 'lax',
      path: '/',
      maxAge: this.env.SESSION_TTL_HOURS * 3_600_000,
    };
  }

  setCookie(res: Response, token: string) {
    res.cookie(SESSION_COOKIE, token, this.cookieOptions());
  }

  clearCookie(res: Response) {
    const { maxAge: _maxAge, ...options } = this.cookieOptions();
    res.clearCookie(SESSION_COOKIE, options);
  }
}
