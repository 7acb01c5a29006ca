import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { AccessModule } from './access/access.module';
import { GqlAuthGuard } from './auth/gql-auth.guard';
import { ConfigModule } from './config/config.module';
import { Env } from './config/env';
import { DatabaseModule } from './database/database.module';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter';
import { createValidationPipe } from './graphql/validation.pipe';
import { MailModule } from './mail/mail.module';
import { QueueModule } from './queue/queue.module';

/** Structured logs with a request id (taken from x-request-id or generated); secrets redacted. */
const logger = LoggerModule.forRootAsync({
  inject: [Env],
  useFactory: (env: Env) => ({
    pinoHttp: {
      level: env.LOG_LEVEL,
      genReqId: (req: IncomingMessage) => {
        const given = req.headers['x-request-id'];
        return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
      },
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (req: IncomingMessage) => req.url === '/health' },
    },
  }),
});

/** Platform services shared by the API and the worker. */
@Module({
  imports: [ConfigModule, logger, DatabaseModule, QueueModule, MailModule, AccessModule],
  providers: [
    { provide: APP_GUARD, useClass: GqlAuthGuard },
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
  ],
})
export class CoreModule {}

