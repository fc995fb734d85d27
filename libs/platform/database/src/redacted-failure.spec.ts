import { DriverException } from '@mikro-orm/core';
import { redactedFailure } from './redacted-failure';

describe('redacted failures', () => {
  it('keeps the kind and the database codes of a failed query, not its values', () => {
    const cause = Object.assign(new Error('new row violates row-level security policy'), {
      code: '42501',
      table: 'application',
    });
    const error = new DriverException(cause);
    error.message = `insert into application (given_name, nationality) values ('Amina', 'SY') - ${cause.message}`;
    Object.assign(error, { code: '42501', table: 'application' });
    const [first, ...frames] = redactedFailure(error).split('\n');
    expect(first).toBe('DriverException code=42501 table=application');
    expect(redactedFailure(error)).not.toMatch(/Amina|SY|row-level/);
    // Where it was thrown, frame by frame: this test among them.
    expect(frames.length).toBeGreaterThan(0);
    expect(frames.every((frame) => frame.startsWith('  at '))).toBe(true);
    expect(frames.join('\n')).toMatch(/redacted-failure\.spec/);
  });

  it('says what was thrown when it is not an error', () => {
    expect(redactedFailure('amina@example.org')).toBe('non-error thrown (string)');
  });
});
