import { SecretSealer } from './secret.sealer';

describe('SecretSealer', () => {
  const sealer = new SecretSealer({ AUTH_SECRET: 'a'.repeat(40) });
  const rowId = '0193a0a0-0000-7000-8000-000000000001';
  const secret = 'Zm9vYmFyLXNlY3JldC10b2tlbi0xMjM0NTY3ODkw';

  it('opens what it sealed, and never shows the secret in the sealed form', () => {
    const sealed = sealer.seal(secret, rowId);
    expect(sealed).not.toContain(secret);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealer.unseal(sealed, rowId)).toBe(secret);
  });

  it('seals the same secret differently each time', () => {
    expect(sealer.seal(secret, rowId)).not.toBe(sealer.seal(secret, rowId));
  });

  it('refuses a sealed secret moved to another row', () => {
    const sealed = sealer.seal(secret, rowId);
    expect(() => sealer.unseal(sealed, '0193a0a0-0000-7000-8000-000000000002')).toThrow();
  });

  it('refuses a tampered sealed secret', () => {
    const [format, iv, tag, ciphertext] = sealer.seal(secret, rowId).split('.');
    const flipped = Buffer.from(ciphertext, 'base64url');
    flipped[0] ^= 1;
    expect(() =>
      sealer.unseal([format, iv, tag, flipped.toString('base64url')].join('.'), rowId),
    ).toThrow();
    expect(() =>
      sealer.unseal([format, iv, tag.slice(0, 8), ciphertext].join('.'), rowId),
    ).toThrow();
    expect(() => sealer.unseal('not sealed', rowId)).toThrow();
  });

  it('cannot be opened under another AUTH_SECRET', () => {
    const other = new SecretSealer({ AUTH_SECRET: 'b'.repeat(40) });
    expect(() => other.unseal(sealer.seal(secret, rowId), rowId)).toThrow();
  });
});
