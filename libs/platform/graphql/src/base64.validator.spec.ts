import { isBase64 } from 'class-validator';
import { isBase64Text } from './base64.validator';

describe('base64 text', () => {
  it('answers as validator.js does on what it can read', () => {
    const samples = [
      '',
      'QQ==',
      'QUI=',
      'QUJD',
      'QUJDRA==',
      'Q',
      'QQ=',
      '====',
      'QQ==QQ==',
      'é===',
      'QU JD',
      'QUJD\n',
      '+/+/',
      '-_-_',
      Buffer.from('receipt').toString('base64'),
    ];
    for (const sample of samples)
      expect([sample, isBase64Text(sample)]).toEqual([sample, isBase64(sample)]);
    expect(isBase64Text(42)).toBe(false);
  });

  it('reads a receipt of several megabytes in one pass', () => {
    const encoded = Buffer.alloc(5 * 1024 * 1024 + 100, 7).toString('base64');
    expect(isBase64Text(encoded)).toBe(true);
    expect(isBase64Text(`${encoded.slice(0, -4)}*AAA`)).toBe(false);
  });
});
