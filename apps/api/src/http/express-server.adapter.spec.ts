import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Express } from 'express';
import { ExpressServerAdapter } from './express-server.adapter';

describe('ExpressServerAdapter', () => {
  let server: Server;
  let app: Express;

  beforeAll(async () => {
    const adapter = new ExpressServerAdapter();
    adapter.initHttpServer();
    app = adapter.getInstance<Express>();
    server = adapter.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("creates each request and response with Express's prototypes, before Express sees them", async () => {
    const prototypes: boolean[][] = [];
    server.prependListener('request', (req, res) => {
      prototypes.push([
        Object.getPrototypeOf(req) === app.request,
        Object.getPrototypeOf(res) === app.response,
      ]);
    });
    app.post('/echo', (req, res) => {
      res.status(201).json({ contentType: req.get('content-type'), query: req.query });
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    for (const n of [1, 2]) {
      const response = await fetch(`${url}/echo?n=${n}`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'x',
      });
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ contentType: 'text/plain', query: { n: String(n) } });
    }
    expect(prototypes).toEqual([
      [true, true],
      [true, true],
    ]);
  });

  it("leaves HTTPS to Nest's own server rather than dropping it", () => {
    const adapter = new ExpressServerAdapter();
    adapter.initHttpServer({ httpsOptions: {} });
    expect(adapter.getHttpServer()).toBeInstanceOf(https.Server);
  });
});
