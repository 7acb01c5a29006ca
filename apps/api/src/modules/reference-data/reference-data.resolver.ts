import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access, Policy } from '../../core/auth';
import { LookupArgs } from './dto/reference.args';
import { CpvCodeModel, NafCodeModel, PlaceModel, SectorGroupModel } from './models/reference.models';
import { ReferenceDataService } from './reference-data.service';

@Resolver()
export class ReferenceDataResolver {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Query(() => [SectorGroupModel], { description: 'Sector groups with their sectors' })
  @Policy(Access.PUBLIC)
  sectors(): SectorGroupModel[] {
    return this.referenceData.sectorGroups();
  }

  @Query(() => [CpvCodeModel], { description: 'CPV 2008 codes by label (FR/EN, accent-insensitive) or code prefix' })
  @Policy(Access.PUBLIC)
  cpvCodes(@Args() args: LookupArgs): CpvCodeModel[] {
    return this.referenceData.cpvCodes(args.q, args.first);
  }

  @Query(() => [NafCodeModel], { description: 'NAF rév. 2 codes by label or code (88.99B or 8899B)' })
  @Policy(Access.PUBLIC)
  nafCodes(@Args() args: LookupArgs): NafCodeModel[] {
    return this.referenceData.nafCodes(args.q, args.first);
  }

  @Query(() => [PlaceModel], { description: 'Régions, départements and communes by name, postcode or INSEE code' })
  @Policy(Access.PUBLIC)
  places(@Args() args: LookupArgs): PlaceModel[] {
    return this.referenceData.places(args.q, args.first);
  }
}
