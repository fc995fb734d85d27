import { hashCode, newVerificationCode, normalizeCode } from './verification-code';

describe('verification codes', () => {
  it('are made of three groups of four unambiguous characters', () => {
    const codes = new Set(Array.from({ length: 200 }, newVerificationCode));
    expect(codes.size).toBe(200);
    for (const code of codes)
      expect(code).toMatch(/^RC-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}$/);
  });

  it('are found however they are typed', () => {
    expect(normalizeCode(' rc 7kq2 m9xd 4tpa ')).toBe('RC-7KQ2-M9XD-4TPA');
    expect(normalizeCode('RC-7KQ2-M9XD-4TPA')).toBe('RC-7KQ2-M9XD-4TPA');
    expect(hashCode('rc-1o2i-3l45-6789')).toBe(hashCode('RC-1021-3145-6789'));
  });
});
