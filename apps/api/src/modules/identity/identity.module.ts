import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { ApiTokenService } from './api-token.service';
import { IdentityResolver } from './identity.resolver';
import { IdentityService } from './identity.service';
import { LoginThrottleService } from './login-throttle.service';
import { SessionService } from './session.service';
import { ApiTokenStrategy } from './strategies/api-token.strategy';
import { SessionStrategy } from './strategies/session.strategy';

@Module({
  imports: [PassportModule],
  providers: [IdentityService, SessionService, ApiTokenService, LoginThrottleService, IdentityResolver, SessionStrategy, ApiTokenStrategy],
  exports: [IdentityService, SessionService, ApiTokenService],
})
export class IdentityModule {}
