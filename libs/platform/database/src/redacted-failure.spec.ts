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
    const line = redactedFailure(error);
    expect(line).toBe('DriverException code=42501 table=application');
    expect(line).not.toMatch(/Amina|SY/);
  });

  it('says what was thrown when it is not an error', () => {
    expect(redactedFailure('amina@example.org')).toBe('non-error thrown (string)');
  });
});
