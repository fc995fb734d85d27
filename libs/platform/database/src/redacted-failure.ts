interface DriverFailure {
  code?: string;
  table?: string;
  constraint?: string;
  routine?: string;
}

const FRAMES = 8;

/**
 * What an unexpected failure leaves in the logs: its kind, the database's own codes and where it
 * was thrown (the stack's frames), never its message. A driver error's message holds the SQL with
 * its values (names, addresses, nationalities) and PostgreSQL quotes bad input back, so the
 * message is the one thing not to write.
 */
export function redactedFailure(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown (${typeof error})`;
  const failure = error as Error & DriverFailure;
  const facts = (['code', 'table', 'constraint', 'routine'] as const)
    .filter((key) => typeof failure[key] === 'string')
    .map((key) => `${key}=${failure[key]}`);
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, FRAMES)
    .map((line) => `  ${line.trim()}`);
  return [[error.name, ...facts].join(' '), ...frames].join('\n');
}
