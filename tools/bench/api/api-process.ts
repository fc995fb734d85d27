import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';

// dist/tools/bench/api/ → dist/
const API_MAIN = path.join(path.resolve(__dirname, '../../..'), 'apps/api/src/main.js');
const TAIL_LINES = 40;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export interface ApiOptions {
  databaseUrl: string;
  ownerUrl: string;
  countStatements: boolean;
  /** Shared by the runs' processes, so a token one issued works with the next. */
  authSecret: string;
  /** Where the API writes a V8 CPU profile when it stops, to see where its time goes. */
  cpuProfileDir?: string;
}

/**
 * The built API (`node dist/apps/api/src/main.js`) in production mode, as a child process: the
 * load comes from this process, the API serves from its own.
 */
export class ApiProcess {
  private readonly tail: string[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
  ) {
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split(/\r?\n/)) {
        if (line.trim()) this.tail.push(line);
        if (this.tail.length > TAIL_LINES) this.tail.shift();
      }
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  static async start(options: ApiOptions): Promise<ApiProcess> {
    const port = await freePort();
    const profile = options.cpuProfileDir
      ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`]
      : [];
    const child = spawn(process.execPath, [...profile, API_MAIN], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        AUTH_SECRET: options.authSecret,
        DATABASE_URL: options.databaseUrl,
        DATABASE_OWNER_URL: options.ownerUrl,
        MIGRATE_ON_START: 'false',
        SQL_STATEMENT_STATS: String(options.countStatements),
        // The run signs in once; a slow dataset keeps it going past the default 15 minutes.
        ACCESS_TOKEN_TTL_SECONDS: '3600',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const api = new ApiProcess(child, `http://127.0.0.1:${port}`);
    await api.ready();
    return api;
  }

  private async ready(): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) break;
      const ok = await fetch(`${this.url}/health`)
        .then((response) => response.ok)
        .catch(() => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    this.child.kill('SIGKILL');
    throw new Error(`The API did not start:\n${this.tail.join('\n')}`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await exited;
  }
}
