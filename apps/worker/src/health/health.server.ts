import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { WorkerHealth } from './worker-health';

/**
 * GET /health for container health checks: 200 {"status":"ok"} when PostgreSQL and Redis answer,
 * 503 otherwise. Plain node:http, since the worker serves nothing else. Started by main.ts only,
 * so a worker booted inside tests opens no port.
 */
@Injectable()
export class HealthServer implements OnApplicationShutdown {
  private server: Server | null = null;

  constructor(private readonly health: WorkerHealth) {}

  /** Resolves with the port listened on (useful with port 0). */
  listen(port: number, host?: string): Promise<number> {
    const server = createServer((request, response) => void this.handle(request, response));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
    });
  }

  onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return Promise.resolve();
    return new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://worker').pathname;
    if (path !== '/health') return send(response, 404, { status: 'not found' });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.setHeader('allow', 'GET, HEAD');
      return send(response, 405, { status: 'method not allowed' });
    }
    const report = await this.health.check();
    if (report.ok) return send(response, 200, { status: 'ok' });
    send(response, 503, {
      status: 'unavailable',
      database: report.database ? 'ok' : 'down',
      redis: report.redis ? 'ok' : 'down',
    });
  }
}

function send(response: ServerResponse, status: number, body: Record<string, string>): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  response.end(response.req.method === 'HEAD' ? undefined : JSON.stringify(body));
}
