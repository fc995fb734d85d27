import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createSecretKey, hkdfSync } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';

export interface AccessClaims {
  /** The user. */
  sub: string;
  /** The session, checked on every request so that signing out ends the token at once. */
  sid: string;
}

const ISSUER = 'inclusion-platform';

@Injectable()
export class AccessTokenService {
  private readonly jwt: JwtService;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // A key object, not bytes: given bytes, the library first tries (and fails) to read them as
    // a public key on every request, which cost about 0.7 ms a request.
    const key = createSecretKey(
      Buffer.from(hkdfSync('sha256', config.AUTH_SECRET, '', 'access-token', 32)),
    );
    this.jwt = new JwtService({
      secret: key,
      signOptions: { algorithm: 'HS256', issuer: ISSUER },
      verifyOptions: { algorithms: ['HS256'], issuer: ISSUER },
    });
  }

  get ttlSeconds(): number {
    return this.config.ACCESS_TOKEN_TTL_SECONDS;
  }

  sign(claims: AccessClaims): { token: string; expiresAt: Date } {
    const token = this.jwt.sign(
      { sid: claims.sid },
      { subject: claims.sub, expiresIn: this.ttlSeconds },
    );
    return { token, expiresAt: new Date(Date.now() + this.ttlSeconds * 1000) };
  }

  /** Null for anything not a valid, unexpired token of ours. */
  verify(token: string): AccessClaims | null {
    try {
      const payload = this.jwt.verify<{ sub?: unknown; sid?: unknown }>(token);
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return null;
      return { sub: payload.sub, sid: payload.sid };
    } catch {
      return null;
    }
  }
}
