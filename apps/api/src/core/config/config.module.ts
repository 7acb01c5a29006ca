import { Global, Module } from '@nestjs/common';
import { Env, loadEnv } from './env';

/** Provides the validated `Env` once for the whole module graph. */
@Global()
@Module({ providers: [{ provide: Env, useFactory: () => loadEnv() }], exports: [Env] })
export class ConfigModule {}
