/**
 * A TCP proxy in front of DynamoDB that can misbehave on demand: `pass` forwards both ways,
 * `stall` swallows requests and never answers (a DynamoDB that hangs), `dropResponses` lets
 * requests through but swallows the answers (writes happen, the client never hears of them).
 * The mode applies to open connections too, as the SDK keeps its sockets alive.
 */
import { type Server, type Socket, connect, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

export type ProxyMode = 'pass' | 'stall' | 'dropResponses';

export interface FaultProxy {
  endpoint: string;
  mode: ProxyMode;
  close(): Promise<void>;
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const sockets = new Set<Socket>();
  const proxy: FaultProxy = { endpoint: '', mode: 'pass', close };
  const server: Server = createServer((client) => {
    const server = connect(Number(target.port), target.hostname);
    sockets.add(client).add(server);
    client.on('data', (chunk) => {
      if (proxy.mode !== 'stall') server.write(chunk);
    });
    server.on('data', (chunk) => {
      if (proxy.mode === 'pass') client.write(chunk);
    });
    const end = () => {
      client.destroy();
      server.destroy();
      sockets.delete(client);
      sockets.delete(server);
    };
    client.on('close', end).on('error', end);
    server.on('close', end).on('error', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  async function close() {
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  return proxy;
}
