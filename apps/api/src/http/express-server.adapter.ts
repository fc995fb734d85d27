import http from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';

/**
 * Nest's Express adapter, whose HTTP server creates each request and response with Express's
 * prototypes already in place.
 *
 * Express gives them its prototypes at every request with `Object.setPrototypeOf`. After that, V8
 * kept each request's whole object graph through two young-generation collections into the old
 * one: some 20 KB a request, and scavenges of 3 to 5 ms instead of 0.3 ms, which made the tail of
 * every operation's latency. Created with those prototypes, the objects take Express's
 * `setPrototypeOf` as the no-op it then is.
 */
export class ExpressServerAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions = {}): void {
    // HTTPS and forced closing are Nest's own server's: kept rather than silently dropped.
    if (options.httpsOptions || options.forceCloseConnections) {
      super.initHttpServer(options);
      return;
    }
    const app = this.getInstance<Express>();
    this.httpServer = http.createServer(
      {
        IncomingMessage: constructedWith<typeof http.IncomingMessage>(
          http.IncomingMessage,
          app.request,
        ),
        ServerResponse: constructedWith<typeof http.ServerResponse>(
          http.ServerResponse,
          app.response,
        ),
      },
      app,
    );
  }
}

/**
 * A constructor that runs `base` on an object whose prototype is `prototype`. Node's request and
 * response constructors are plain functions, so they apply to an object made this way; through
 * `Reflect.construct` with another new.target, V8 kept the objects as long as with
 * `setPrototypeOf`.
 */
function constructedWith<C extends new (...args: never[]) => object>(
  base: C,
  prototype: object,
): C {
  function Constructor(this: object, ...args: unknown[]): void {
    Reflect.apply(base, this, args);
  }
  Constructor.prototype = prototype;
  return Constructor as unknown as C;
}
