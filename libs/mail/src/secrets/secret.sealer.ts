import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';

const FORMAT = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
// Fixed, so a forged short tag is refused rather than checked on its few bytes.
const TAG_BYTES = 16;

/**
 * Seals the one-time secret an outbox row must carry until its mail leaves. The key is derived
 * from AUTH_SECRET, so a copy of the database alone reveals no link; the row id is authenticated
 * data, so a sealed value moved to another row does not open.
 */
@Injectable()
export class SecretSealer {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'AUTH_SECRET'>) {
    this.key = Buffer.from(hkdfSync('sha256', config.AUTH_SECRET, '', 'outbox-secret', 32));
  }

  seal(secret: string, boundTo: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(boundTo, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [FORMAT, iv, cipher.getAuthTag(), ciphertext]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.');
  }

  /** Throws when the value was tampered with, sealed for another row or under another key. */
  unseal(sealed: string, boundTo: string): string {
    const [format, iv, tag, ciphertext, ...rest] = sealed.split('.');
    if (format !== FORMAT || ciphertext === undefined || rest.length) {
      throw new Error('Unrecognised sealed secret');
    }
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(iv, 'base64url'), {
      authTagLength: TAG_BYTES,
    });
    decipher.setAAD(Buffer.from(boundTo, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  }
}
