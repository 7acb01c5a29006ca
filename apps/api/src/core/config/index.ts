export { ConfigModule } from './config.module';
export { Env, InvalidEnvError, loadEnv } from './env';
