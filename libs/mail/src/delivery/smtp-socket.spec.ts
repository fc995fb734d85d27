import { createServer, Socket, type AddressInfo, type Server } from 'node:net';
import { connectWithoutDelay } from './smtp-socket';

describe('connectWithoutDelay', () => {
  let server: Server;
  let port: number;
  const accepted: Socket[] = [];

  beforeAll(async () => {
    server = createServer((socket) => accepted.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    for (const socket of accepted) socket.destroy();
    await new Promise((resolve) => server.close(resolve));
  });

  const connectTo = (options: Parameters<typeof connectWithoutDelay>[0]) =>
    new Promise<Socket>((resolve, reject) =>
      connectWithoutDelay(options, (error, socketOptions) =>
        error ? reject(error) : resolve(socketOptions!.connection),
      ),
    );

  it('hands nodemailer a connected socket with Nagle’s algorithm off', async () => {
    const noDelay = jest.spyOn(Socket.prototype, 'setNoDelay');
    try {
      const socket = await connectTo({ host: '127.0.0.1', port });
      expect(socket.remotePort).toBe(port);
      expect(noDelay.mock.contexts).toContain(socket);
      expect(noDelay.mock.calls[noDelay.mock.contexts.indexOf(socket)]).toEqual([true]);
      socket.destroy();
    } finally {
      noDelay.mockRestore();
    }
  });

  it('takes the port from the URL as a string too', async () => {
    const socket = await connectTo({ host: '127.0.0.1', port: String(port) });
    expect(socket.remotePort).toBe(port);
    socket.destroy();
  });

  it('reports a refused connection as an error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(connectTo({ host: '127.0.0.1', port: freePort })).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });
});
