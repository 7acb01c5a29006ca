import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity';
import { SuppliersModule } from '../suppliers';
import { FavouritesResolver } from './favourites.resolver';
import { FavouritesService } from './favourites.service';

/** Buyers' named lists of favourite suppliers. */
@Module({
  imports: [IdentityModule, SuppliersModule],
  providers: [FavouritesService, FavouritesResolver],
  exports: [FavouritesService],
})
export class FavouritesModule {}
