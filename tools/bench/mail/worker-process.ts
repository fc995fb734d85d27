import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';

// dist/tools/bench/mail/ → dist/
const distRoot = path.resolve(__dirname, '../../..');
const WORKER_MAIN = path.join(distRoot, 'apps/worker/src/main.js');
const POLL_MS = 25;
const TAIL_LINES = 40;

/** A port nothing listens on now, for the worker's health server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Whether the worker's health server answers at all (503 too: it has started). */
async function answers(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

export interface WorkerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** From the signal to the end of the process. */
  ms: number;
}

/**
 * The built worker (`node dist/apps/worker/src/main.js`) as a child process, configured by its
 * environment as in production. Its output is kept, the last lines only, to explain a failure.
 */
export class WorkerProcess {
  readonly spawnedAt = performance.now();
  readyAt = 0;
  private readonly tail: string[] = [];
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(private readonly child: ChildProcess) {
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split(/\r?\n/)) {
        if (!line.trim()) continue;
        this.tail.push(line);
        if (this.tail.length > TAIL_LINES) this.tail.shift();
      }
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
  }

  /**
   * Starts a worker on a free health port and resolves once its `/health` answers: the relay and
   * the mail processor are running by then.
   */
  static async start(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<WorkerProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, [WORKER_MAIN], {
      env: { ...env, WORKER_HEALTH_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child);
    const deadline = performance.now() + timeoutMs;
    while (!(await answers(port))) {
      if (!worker.running) {
        throw new Error(`The worker ended before starting:\n${worker.output()}`);
      }
      if (performance.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`The worker did not start within ${timeoutMs} ms:\n${worker.output()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    worker.readyAt = performance.now();
    return worker;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Resolves when the process ends on its own, for the caller to treat as a failure. */
  whenExited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    return this.exited;
  }

  /** Sends `signal` now (synchronously: a kill lands at the moment the caller chose). */
  signal(signal: NodeJS.Signals): number {
    const at = performance.now();
    if (this.running) this.child.kill(signal);
    return at;
  }

  /**
   * Waits for the end of a process signalled at `since` (a graceful stop lets jobs under way
   * finish), killing it past `graceMs`.
   */
  async ended(since: number, graceMs = 60_000): Promise<WorkerExit> {
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const { code, signal } = await this.exited;
    clearTimeout(timer);
    return { code, signal, ms: performance.now() - since };
  }

  /** Sends `signal` and waits for the process to end. */
  stop(signal: NodeJS.Signals): Promise<WorkerExit> {
    return this.ended(this.signal(signal));
  }

  output(): string {
    return this.tail.join('\n');
  }
}
