import { Injectable, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { Env } from '../../core/config';
import { AppError } from '../../core/graphql';

/**
 * Login throttling per account and per IP (rate-limiter-flexible on Redis, shared by every API
 * process). Every attempt is counted before the password is checked, so aliased or parallel
 * `login` fields in one request each spend a point; a successful login clears the account count.
 */
@Injectable()
export class LoginThrottleService implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly perAccount: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;

  constructor(env: Env) {
    this.redis = new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    const common = { storeClient: this.redis, duration: env.LOGIN_WINDOW_SECONDS, insuranceLimiter: undefined };
    this.perAccount = new RateLimiterRedis({ ...common, keyPrefix: `${env.QUEUE_PREFIX}:login:account`, points: env.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT });
    this.perIp = new RateLimiterRedis({ ...common, keyPrefix: `${env.QUEUE_PREFIX}:login:ip`, points: env.LOGIN_MAX_ATTEMPTS_PER_IP });
  }

  /** Spends one attempt for the account and the IP, or throws RATE_LIMITED. */
  async consume(email: string, ip: string): Promise<void> {
    try {
      await Promise.all([this.perAccount.consume(email), this.perIp.consume(ip)]);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw AppError.rateLimited(Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
  }

  async reset(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }

  async onModuleDestroy() {
    await this.redis.quit().catch(() => undefined);
  }
}
