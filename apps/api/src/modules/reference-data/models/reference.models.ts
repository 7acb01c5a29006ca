import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PlaceKindEnum {
  REGION = 'REGION',
  DEPARTEMENT = 'DEPARTEMENT',
  COMMUNE = 'COMMUNE',
}
registerEnumType(PlaceKindEnum, { name: 'PlaceKind' });

@ObjectType('Sector')
export class SectorModel {
  @Field({ description: "Stable slug (Le Marché de l'inclusion's, for its sectors)" }) slug!: string;
  @Field() nameFr!: string;
  @Field() nameEn!: string;
  @Field() groupSlug!: string;
}

@ObjectType('SectorGroup')
export class SectorGroupModel {
  @Field() slug!: string;
  @Field() nameFr!: string;
  @Field() nameEn!: string;
  @Field(() => [SectorModel]) sectors!: SectorModel[];
}

@ObjectType('CpvCode')
export class CpvCodeModel {
  @Field({ description: 'Code with check digit, e.g. 90911200-8' }) code!: string;
  @Field() labelFr!: string;
  @Field() labelEn!: string;
  @Field() level!: string;
  @Field(() => String, { nullable: true }) parentCode!: string | null;
}

@ObjectType('NafCode')
export class NafCodeModel {
  @Field({ description: 'INSEE form, e.g. 88.99B' }) code!: string;
  @Field({ description: 'SIRENE form, e.g. 8899B' }) compactCode!: string;
  @Field() level!: string;
  @Field() labelFr!: string;
  @Field() section!: string;
}

@ObjectType('Place')
export class PlaceModel {
  @Field(() => PlaceKindEnum) kind!: PlaceKindEnum;
  @Field({ description: 'INSEE code' }) code!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) departementCode!: string | null;
  @Field(() => String, { nullable: true }) regionCode!: string | null;
  @Field(() => [String]) postcodes!: string[];
  @Field(() => Float, { nullable: true }) latitude!: number | null;
  @Field(() => Float, { nullable: true }) longitude!: number | null;
}
