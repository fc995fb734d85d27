import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConfigError } from '@inclusion/config';
import { CliModule } from './cli.module';
import {
  USAGE,
  UsageError,
  createOperator,
  parseCreateOperator,
  seedDemoCommand,
} from './commands';

async function withApp(work: (app: INestApplicationContext) => Promise<string>): Promise<string> {
  const app = await NestFactory.createApplicationContext(CliModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function main([command, ...args]: string[]): Promise<string> {
  switch (command) {
    case 'create-operator': {
      const input = parseCreateOperator(args);
      return withApp((app) => createOperator(app, input));
    }
    case 'seed-demo':
      return withApp((app) => seedDemoCommand(app, args));
    default:
      throw new UsageError(command ? `Unknown command: ${command}` : 'No command given');
  }
}

main(process.argv.slice(2))
  .then((output) => console.log(output))
  .catch((error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
    else if (error instanceof ConfigError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  });
