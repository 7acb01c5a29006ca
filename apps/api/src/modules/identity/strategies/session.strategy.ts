import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-custom';
import type { Actor } from '../../../core/auth';
import { SESSION_COOKIE, SessionService } from '../session.service';

/** Authenticates a browser by its session cookie. */
@Injectable()
export class SessionStrategy extends PassportStrategy(Strategy, 'session') {
  constructor(private readonly sessions: SessionService) {
    super();
  }

  async validate(req: Request): Promise<Actor | null> {
    const token: unknown = req.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0 || token.length > 200) return null;
    return this.sessions.actorForToken(token);
  }
}
