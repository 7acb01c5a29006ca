import type { ApiTokenEntity } from '../identity';
import type { OrganizationEntity } from './entities/organization.entity';
import { ApiTokenModel, OrganizationModel } from './models/organization.models';

export function toOrganizationModel(org: OrganizationEntity): OrganizationModel {
  return Object.assign(new OrganizationModel(), {
    id: org.id,
    name: org.name,
    type: org.type,
    regime: org.regime,
    siret: org.siret,
    siren: org.siren,
    createdAt: org.createdAt,
  });
}

export function toApiTokenModel(token: ApiTokenEntity): ApiTokenModel {
  return Object.assign(new ApiTokenModel(), {
    id: token.id,
    name: token.name,
    role: token.role,
    tokenPrefix: token.tokenPrefix,
    createdAt: token.createdAt,
    lastUsedAt: token.lastUsedAt,
  });
}
