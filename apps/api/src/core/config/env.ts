import 'reflect-metadata';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';

const toBool = ({ value }: { value: unknown }) => value === true || value === 'true' || value === '1';
const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const urlOpts = { require_tld: false, require_protocol: true } as const;

/**
 * Every environment variable the API, worker and CLI read. Parsed and validated once at boot;
 * the process stops listing every invalid variable (fail fast). `.env.example` documents them.
 */
export class Env {
  @IsIn(['development', 'test', 'production']) NODE_ENV: 'development' | 'test' | 'production' = 'development';
  /** 127.0.0.1 on a workstation; 0.0.0.0 in a container. */
  @IsString() API_HOST = '127.0.0.1';
  @Transform(toInt) @IsInt() @Min(0) @Max(65535) API_PORT = 3000;
  @Transform(toInt) @IsInt() @Min(0) @Max(65535) WORKER_HEALTH_PORT = 3001;
  @IsUrl(urlOpts) WEB_URL = 'http://127.0.0.1:5173';
  @IsString() CORS_ORIGINS = 'http://localhost:5173,http://127.0.0.1:5173';
  @IsUrl({ ...urlOpts, protocols: ['postgres', 'postgresql'] }) DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/essor';
  @IsUrl({ ...urlOpts, protocols: ['redis', 'rediss'] }) REDIS_URL = 'redis://127.0.0.1:6379';
  @IsString() @MinLength(1) QUEUE_PREFIX = 'essor';
  @IsUrl(urlOpts) MEILI_URL = 'http://127.0.0.1:7700';
  /** Meilisearch refuses master keys shorter than 16 bytes outside development. */
  @IsString() @MinLength(16) MEILI_MASTER_KEY = 'essor-dev-master-key-change-me';
  @IsString() MEILI_INDEX_PREFIX = 'essor_';
  @IsUrl({ ...urlOpts, protocols: ['smtp', 'smtps'] }) SMTP_URL = 'smtp://127.0.0.1:1025';
  @IsString() @MinLength(3) MAIL_FROM = 'Essor <no-reply@essor.local>';
  @Transform(toInt) @IsInt() @Min(1) SESSION_TTL_HOURS = 336;
  @Transform(toBool) @IsBoolean() GRAPHQL_INTROSPECTION = false;
  /** Deepest selection accepted (checked during validation, before any resolver runs). */
  @Transform(toInt) @IsInt() @Min(2) @Max(20) GRAPHQL_MAX_DEPTH = 12;
  /** Uploaded files (status proofs, logos): a private folder, never served statically. */
  @IsString() @MinLength(1) FILES_DIR = 'var/files';
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) LOG_LEVEL = 'info';
  /** Failed logins allowed per account, and per IP, within LOGIN_WINDOW_SECONDS. */
  @Transform(toInt) @IsInt() @Min(1) LOGIN_MAX_ATTEMPTS_PER_ACCOUNT = 10;
  @Transform(toInt) @IsInt() @Min(1) LOGIN_MAX_ATTEMPTS_PER_IP = 100;
  @Transform(toInt) @IsInt() @Min(1) LOGIN_WINDOW_SECONDS = 900;
  /** Notification emails per user, category and Paris day; the rest goes into the 07:00 daily digest. */
  @Transform(toInt) @IsInt() @Min(1) NOTIFY_DAILY_EMAIL_LIMIT = 10;
  /** Signs the one-click unsubscribe links of notification emails (HMAC); changing it voids the links sent. */
  @IsString() @MinLength(32) UNSUBSCRIBE_SECRET = 'essor-dev-unsubscribe-secret-change-me';
  /** When on, a published need waits for staff review (PENDING_REVIEW) before suppliers see it. */
  @Transform(toBool) @IsBoolean() NEEDS_MODERATION = false;

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }
  /** Introspection and stack traces only when explicitly developing. */
  get exposeSchemaDetails(): boolean {
    return this.NODE_ENV === 'development' && this.GRAPHQL_INTROSPECTION;
  }
  get corsOrigins(): string[] {
    return this.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  }
}

export class InvalidEnvError extends Error {}

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const known = Object.keys(new Env());
  const picked = Object.fromEntries(
    Object.entries(source).filter(([key, value]) => known.includes(key) && value !== undefined && value !== ''),
  );
  const env = plainToInstance(Env, picked, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new InvalidEnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return env;
}
