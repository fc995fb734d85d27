import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@inclusion/config';
import { setUpDatabase } from '@inclusion/database';
import { SmtpPeer } from '@inclusion/testing';
import { prepareDatabase } from '../../apps/api/src/prepare-database';
import { CliModule } from '../cli/cli.module';
import { seedDemo } from '../cli/seed-demo';

const distRoot = path.resolve(__dirname, '../..');

const reachable = (url: string): Promise<boolean> =>
  new Promise((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = createConnection({ host: hostname, port: Number(port) || 25 });
    socket.once('connect', () => resolve(!!socket.end()));
    socket.once('error', () => resolve(false));
  });

/**
 * The whole product on one machine: database set up and migrated, demo data, an SMTP catcher that
 * prints mails (links included) when no SMTP server listens, then the API and the worker.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  await setUpDatabase({
    adminUrl: process.env.DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    ownerUrl: config.DATABASE_OWNER_URL,
    runtimeUrl: config.DATABASE_URL,
  });
  await prepareDatabase(config.DATABASE_OWNER_URL);

  const cli = await NestFactory.createApplicationContext(CliModule, { logger: ['error', 'warn'] });
  const accounts = await seedDemo(cli).finally(() => cli.close());

  let inbox: SmtpPeer | null = null;
  if (!(await reachable(config.SMTP_URL))) {
    const port = Number(new URL(config.SMTP_URL).port) || 1025;
    inbox = await SmtpPeer.start({ port });
    inbox.onMessage((mail) =>
      console.log(`\n--- mail to ${mail.to.join(', ')} ---\n${mail.subject}\n${mail.text}\n---`),
    );
    console.log(`No SMTP server at ${config.SMTP_URL}: mails are printed here.`);
  }

  const children: ChildProcess[] = ['apps/api/src/main.js', 'apps/worker/src/main.js'].map(
    (entry) =>
      spawn(process.execPath, [path.join(distRoot, entry)], { stdio: 'inherit', env: process.env }),
  );
  // When one process ends, the demo ends: the others are stopped and the mail catcher closed.
  const stop = (code: number) => {
    process.exitCode ||= code;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  };
  for (const child of children) {
    child.once('exit', (code) => {
      stop(code ?? 0);
      if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) void inbox?.close();
    });
  }
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));

  console.log(`\nDemo accounts:\n  ${accounts.join('\n  ')}`);
  console.log(
    `\nGraphQL API: http://localhost:${config.PORT}/graphql  (Ctrl+C stops everything)\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
