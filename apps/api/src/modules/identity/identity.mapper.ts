import type { UserEntity } from './entities/user.entity';
import { MeModel } from './models/me.model';
import { LocaleEnum, UserModel } from './models/user.model';

export function toUserModel(user: UserEntity): UserModel {
  return Object.assign(new UserModel(), {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale === 'en' ? LocaleEnum.EN : LocaleEnum.FR,
    emailVerified: user.emailVerifiedAt !== null,
    isStaff: user.isStaff,
  });
}

export function toMeModel(user: UserEntity, activeOrganizationId: string | null): MeModel {
  return Object.assign(new MeModel(), { user: toUserModel(user), activeOrganizationId });
}
