// Tests must never reach Google: any TCP connection to a host other than the loopback fails the test.
import net from 'node:net';

const original = net.Socket.prototype.connect;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '::ffff:127.0.0.1']);
export const blocked: string[] = [];

export function forbidExternalConnections(): void {
  net.Socket.prototype.connect = function connect(this: net.Socket, ...args: unknown[]) {
    const first = args[0] as { host?: string; path?: string } | number | string;
    const host =
      typeof first === 'object' && first !== null
        ? first.path
          ? 'unix'
          : (first.host ?? 'localhost')
        : typeof args[1] === 'string'
          ? args[1]
          : 'localhost';
    if (host !== 'unix' && !LOOPBACK.has(host)) {
      blocked.push(host);
      throw new Error(`Test tried to connect to ${host}: only 127.0.0.1 is allowed`);
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
}

export function allowConnections(): void {
  net.Socket.prototype.connect = original;
}
