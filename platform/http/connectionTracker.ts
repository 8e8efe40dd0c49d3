import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Which connections are serving a request. Node's closeIdleConnections leaves out a connection
 * that never sent a request (HTTP clients open spare ones), so close() would wait for the client
 * to drop it; closeUnused ends those, while requests in flight finish.
 */
export function trackConnections(server: Server): { closeUnused(): void } {
  const open = new Set<Socket>();
  const busy = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => {
      open.delete(socket);
      busy.delete(socket);
    });
  });
  server.on('request', (request, response) => {
    const socket = request.socket;
    busy.add(socket);
    response.once('close', () => busy.delete(socket));
  });
  return {
    closeUnused() {
      for (const socket of open) if (!busy.has(socket)) socket.destroy();
    },
  };
}
