import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { Actor, hashToken, newToken } from '../../core/auth';
import { AppError } from '../../core/graphql';
import { OutboxService } from '../../core/outbox';
import { OutboxEventType } from '../../core/queue';
import { EmailTokenEntity, EmailTokenPurpose } from './entities/email-token.entity';
import { UserEntity } from './entities/user.entity';
import { LoginInput, RegisterInput, ResetPasswordInput } from './dto/identity.inputs';
import { LocaleEnum } from './models/user.model';
import { LoginThrottleService } from './login-throttle.service';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.hasher';
import { SessionService } from './session.service';

export interface RequestMeta {
  ip: string;
  userAgent?: string;
}

export const EMAIL_TOKEN_TTL_MS: Record<EmailTokenPurpose, number> = {
  VERIFY_EMAIL: 48 * 3_600_000,
  RESET_PASSWORD: 3_600_000,
};

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class IdentityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly outbox: OutboxService,
    private readonly throttle: LoginThrottleService,
  ) {}

  /** Creates the account and a session; the verification email leaves through the outbox. */
  async register(input: RegisterInput, meta: RequestMeta) {
    const email = normalizeEmail(input.email);
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const exists = await manager.exists(UserEntity, { where: { email } });
      if (exists) throw AppError.conflict('account.emailTaken');
      const user = await manager.save(UserEntity, manager.create(UserEntity, {
        email,
        passwordHash,
        displayName: input.displayName.trim(),
        locale: input.locale === LocaleEnum.EN ? 'en' : 'fr',
        emailVerifiedAt: null,
      }));
      await this.outbox.record(manager, { type: OutboxEventType.EMAIL_VERIFICATION_REQUESTED, aggregateType: 'user', aggregateId: user.id, payload: { userId: user.id } });
      const token = await this.sessions.open(manager, user.id, meta);
      return { user, token };
    });
  }

  async login(input: LoginInput, meta: RequestMeta) {
    const email = normalizeEmail(input.email);
    await this.throttle.consume(email, meta.ip);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email } });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
    if (!user || !ok) throw AppError.unauthenticated('auth.invalidCredentials');
    await this.throttle.reset(email);
    // Resume in the organisation the user last acted for, else the first one joined.
    const last: { active_organization_id: string | null }[] = await this.dataSource.query(
      `(SELECT s.active_organization_id FROM user_session s
          JOIN membership m ON m.organization_id = s.active_organization_id AND m.user_id = s.user_id
         WHERE s.user_id = $1 ORDER BY s.created_at DESC LIMIT 1)
       UNION ALL
       (SELECT organization_id FROM membership WHERE user_id = $1 ORDER BY created_at LIMIT 1)
       LIMIT 1`,
      [user.id],
    );
    const activeOrganizationId = last[0]?.active_organization_id ?? null;
    const token = await this.sessions.open(this.dataSource.manager, user.id, meta, activeOrganizationId);
    return { user, token, activeOrganizationId };
  }

  async logout(actor: Actor) {
    if (actor.sessionId) await this.sessions.revoke(actor.sessionId);
  }

  async me(actor: Actor) {
    const user = await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
    return { user, activeOrganizationId: actor.organizationId };
  }

  async verifyEmail(token: string) {
    return this.dataSource.transaction(async (manager) => {
      const emailToken = await this.consumeEmailToken(manager, token, 'VERIFY_EMAIL');
      const user = await manager.findOneByOrFail(UserEntity, { id: emailToken.userId });
      if (!user.emailVerifiedAt) {
        user.emailVerifiedAt = new Date();
        await manager.save(user);
      }
      return user;
    });
  }

  async resendVerificationEmail(actor: Actor) {
    if (actor.emailVerified) return;
    await this.outbox.record(this.dataSource.manager, { type: OutboxEventType.EMAIL_VERIFICATION_REQUESTED, aggregateType: 'user', aggregateId: actor.userId, payload: { userId: actor.userId } });
  }

  /** Always succeeds, whether or not the account exists (no account enumeration). */
  async requestPasswordReset(email: string) {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email: normalizeEmail(email) } });
    if (!user) return;
    await this.outbox.record(this.dataSource.manager, { type: OutboxEventType.PASSWORD_RESET_REQUESTED, aggregateType: 'user', aggregateId: user.id, payload: { userId: user.id } });
  }

  /** Sets the new password and revokes every session of the account. */
  async resetPassword(input: ResetPasswordInput) {
    const passwordHash = await hashPassword(input.password);
    await this.dataSource.transaction(async (manager) => {
      const emailToken = await this.consumeEmailToken(manager, input.token, 'RESET_PASSWORD');
      await manager.update(UserEntity, { id: emailToken.userId }, { passwordHash, emailVerifiedAt: () => 'COALESCE(email_verified_at, now())' });
      await this.sessions.revokeAllOf(manager, emailToken.userId);
    });
  }

  /** Creates a single-use token for an email (called by the worker when it sends the email). */
  async issueEmailToken(userId: string, purpose: EmailTokenPurpose): Promise<string> {
    const token = newToken();
    await this.dataSource.getRepository(EmailTokenEntity).insert({
      userId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + EMAIL_TOKEN_TTL_MS[purpose]),
    });
    return token;
  }

  findUser(id: string) {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  private async consumeEmailToken(manager: DataSource['manager'], token: string, purpose: EmailTokenPurpose) {
    const emailToken = await manager.findOne(EmailTokenEntity, {
      where: { tokenHash: hashToken(token), purpose, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!emailToken) throw AppError.badInput([{ path: 'token', messageKey: 'auth.invalidToken' }]);
    emailToken.usedAt = new Date();
    await manager.save(emailToken);
    return emailToken;
  }
}
