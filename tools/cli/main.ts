import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { ConfigError } from '@inclusion/config';
import { TransactionRunner } from '@inclusion/database';
import { AccountProvisioning, PASSWORD_MIN } from '@inclusion/identity';
import { CliModule } from './cli.module';
import { seedDemo } from './seed-demo';

const USAGE = `Usage:
  npm run cli -- create-operator --email <email> --password <password> [--name <display name>]
  npm run cli -- seed-demo`;

async function createOperator(args: string[]): Promise<string> {
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
  const { email, password, name } = values;
  return withApp(async (app) => {
    const { created } = await app
      .get(TransactionRunner)
      .run({}, (em) =>
        app
          .get(AccountProvisioning)
          .ensureNetworkOperator(em, { email, password, displayName: name! }),
      );
    return created
      ? `Network operator ${email} created.`
      : `${email} already had an account: it is now a network operator (password unchanged).`;
  });
}

class UsageError extends Error {}

async function withApp<T>(
  work: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>,
) {
  const app = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'create-operator':
      console.log(await createOperator(rest));
      return;
    case 'seed-demo':
      console.log((await withApp(seedDemo)).join('\n'));
      return;
    default:
      throw new UsageError(command ? `Unknown command: ${command}` : 'No command given');
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
