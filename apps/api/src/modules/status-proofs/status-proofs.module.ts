import { Module } from '@nestjs/common';
import { SuppliersModule } from '../suppliers';
import { StatusProofsResolver } from './status-proofs.resolver';
import { StatusProofsService } from './status-proofs.service';

/** Status proofs: submission (with the uploaded file), staff review, kind verification status. */
@Module({
  imports: [SuppliersModule],
  providers: [StatusProofsService, StatusProofsResolver],
  exports: [StatusProofsService],
})
export class StatusProofsModule {}
