import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { Env } from './core/config';
import { WorkerModule } from './worker.module';

/** Builds the API application (used by main.ts and by the integration tests). */
export async function createApi(options: { logger?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, abortOnError: false });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  else app.useLogger(false);
  const env = app.get(Env);
  // Behind a reverse proxy in production: trust the first hop for the client IP (login throttling).
  app.set('trust proxy', env.isProduction ? 1 : false);
  app.use(helmet({ contentSecurityPolicy: env.isProduction ? undefined : false }));
  app.use(cookieParser());
  app.enableCors({ origin: env.corsOrigins, credentials: true });
  app.enableShutdownHooks();
  return app;
}

/** Builds the worker (outbox relay + queue processors) with its /health endpoint. */
export async function createWorker(options: { logger?: boolean } = {}): Promise<INestApplication> {
  const app = await NestFactory.create(WorkerModule, { bufferLogs: true, abortOnError: false });
  if (options.logger !== false) app.useLogger(app.get(Logger));
  else app.useLogger(false);
  app.enableShutdownHooks();
  return app;
}
