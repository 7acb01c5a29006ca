import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MembershipRole } from '@essor/domain';
import type { Actor } from '../auth/actor';
import { AppError } from '../graphql/app-error';

/**
 * Object-level access, in one place. Answers "which of these organisations may this actor act
 * for, with which role" in one batched query. Anything else answers NOT_FOUND: another
 * organisation's objects do not exist for the caller.
 */
@Injectable()
export class AccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Role of the actor in each organisation it may act for, among `organizationIds`. */
  async rolesIn(actor: Actor, organizationIds: readonly string[]): Promise<Map<string, MembershipRole>> {
    const ids = [...new Set(organizationIds)].filter(isUuid);
    if (ids.length === 0) return new Map();
    // An API token acts for its own organisation only, with the role it was issued.
    if (actor.via === 'api-token') {
      return actor.organizationId && actor.role && ids.includes(actor.organizationId)
        ? new Map([[actor.organizationId, actor.role]])
        : new Map();
    }
    const rows: { organization_id: string; role: MembershipRole }[] = await this.dataSource.query(
      `SELECT organization_id, role FROM membership WHERE user_id = $1 AND organization_id = ANY($2::uuid[])`,
      [actor.userId, ids],
    );
    return new Map(rows.map((r) => [r.organization_id, r.role]));
  }

  /** The actor's role in the organisation; NOT_FOUND when not a member or the role is not enough. */
  async requireOrganization(actor: Actor, organizationId: string, allowed?: readonly MembershipRole[]): Promise<MembershipRole> {
    const role = (await this.rolesIn(actor, [organizationId])).get(organizationId);
    if (!role) throw AppError.notFound('organization');
    if (allowed && !allowed.includes(role)) throw AppError.forbidden();
    return role;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
