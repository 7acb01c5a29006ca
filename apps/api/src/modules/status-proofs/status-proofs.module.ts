import { Module } from '@nestjs/common';
import { SuppliersModule } from '../suppliers';

/** Status proofs: submission (with the uploaded file), staff review, kind verification status. */
@Module({
  imports: [SuppliersModule],
  providers: [],
  exports: [],
})
export class StatusProofsModule {}
