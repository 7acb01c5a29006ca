export { StatusProofsJobsModule } from './status-proofs-jobs.module';
export { StatusProofsModule } from './status-proofs.module';
