import { Module } from '@nestjs/common';
import { SuppliersModule } from '../suppliers';

/** Buyers' named lists of favourite suppliers. */
@Module({
  imports: [SuppliersModule],
  providers: [],
  exports: [],
})
export class FavouritesModule {}
