export { StatusProofsJobsModule } from './status-proofs-jobs.module';
export { StatusProofsModule } from './status-proofs.module';
export { StatusProofEntity } from './entities/status-proof.entity';
export type { ProofStatus } from './entities/status-proof.entity';
