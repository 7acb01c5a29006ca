import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-http-bearer';
import type { Actor } from '../../../core/auth';
import { ApiTokenService } from '../api-token.service';

/** Authenticates an integrator by `Authorization: Bearer <api token>`. */
@Injectable()
export class ApiTokenStrategy extends PassportStrategy(Strategy, 'api-token') {
  constructor(private readonly apiTokens: ApiTokenService) {
    super();
  }

  async validate(token: string): Promise<Actor | false> {
    return (await this.apiTokens.actorForToken(token)) ?? false;
  }
}
