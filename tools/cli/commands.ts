import type { INestApplicationContext } from '@nestjs/common';
import { parseArgs } from 'node:util';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { TransactionRunner } from '@inclusion/database';
import { AccountProvisioning, PASSWORD_MIN } from '@inclusion/identity';
import { seedDemo } from './seed-demo';

export const USAGE = `Usage:
  npm run cli -- create-operator --email <email> --password <password> [--name <display name>]
  npm run cli -- seed-demo [--force-demo]`;

export class UsageError extends Error {}

/** Checks the arguments before anything connects to the database. */
export function parseCreateOperator(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string', default: 'Network operator' },
    },
  });
  if (!values.email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(values.email)) {
    throw new UsageError('--email must be an email address');
  }
  if (!values.password || values.password.length < PASSWORD_MIN) {
    throw new UsageError(`--password must have at least ${PASSWORD_MIN} characters`);
  }
  return { email: values.email, password: values.password, displayName: values.name ?? '' };
}

export async function createOperator(
  app: INestApplicationContext,
  input: ReturnType<typeof parseCreateOperator>,
): Promise<string> {
  const { created } = await app
    .get(TransactionRunner)
    .run({}, (em) => app.get(AccountProvisioning).ensureNetworkOperator(em, input));
  return created
    ? `Network operator ${input.email} created.`
    : `${input.email} already had an account: it is now a network operator (password unchanged).`;
}

/** Demo accounts have published passwords: never on a production database by accident. */
export async function seedDemoCommand(app: INestApplicationContext, args: string[] = []) {
  if (app.get<AppConfig>(APP_CONFIG).isProduction && !args.includes('--force-demo')) {
    throw new UsageError(
      'seed-demo creates accounts with published passwords; refused in production (--force-demo to insist)',
    );
  }
  return (await seedDemo(app)).join('\n');
}
