import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model';

/**
 * The caller. Organisation fields (memberships, active organisation) are added by the
 * organizations module's resolver, so identity does not depend on organizations.
 */
@ObjectType('Me')
export class MeModel {
  @Field(() => UserModel) user!: UserModel;
  /** Internal: the organisation the session acts for (not a GraphQL field). */
  activeOrganizationId!: string | null;
}
