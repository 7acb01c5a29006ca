import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BuyerRegime, MembershipRole, OrganizationType } from '@essor/domain';

registerEnumType(OrganizationType, { name: 'OrganizationType' });
registerEnumType(BuyerRegime, { name: 'BuyerRegime', description: 'CCP: bound by the Code de la commande publique; PRIVATE: private purchasing' });
registerEnumType(MembershipRole, { name: 'MembershipRole' });

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => OrganizationType) type!: OrganizationType;
  @Field(() => BuyerRegime, { nullable: true }) regime!: BuyerRegime | null;
  @Field(() => String, { nullable: true }) siret!: string | null;
  @Field(() => String, { nullable: true }) siren!: string | null;
  @Field() createdAt!: Date;
}

@ObjectType('Membership')
export class MembershipModel {
  @Field(() => OrganizationModel) organization!: OrganizationModel;
  @Field(() => MembershipRole) role!: MembershipRole;
}

@ObjectType('Member')
export class MemberModel {
  @Field(() => ID) userId!: string;
  @Field() displayName!: string;
  @Field() email!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
  @Field() joinedAt!: Date;
}

@ObjectType('Invitation')
export class InvitationModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
  @Field() organizationName!: string;
  @Field() expiresAt!: Date;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
}

@ObjectType('ApiToken')
export class ApiTokenModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => MembershipRole) role!: MembershipRole;
  @Field({ description: 'First characters of the token, to tell tokens apart' }) tokenPrefix!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenModel {
  @Field({ description: 'The secret, shown only once: send it as Authorization: Bearer <token>' }) token!: string;
  @Field(() => ApiTokenModel) apiToken!: ApiTokenModel;
}
