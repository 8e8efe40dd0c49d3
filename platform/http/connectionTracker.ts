import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** How long a connection whose last answer went out may linger before it is cut at shutdown. */
const lingerMs = 2000;

/**
 * Which connections are serving a request. At shutdown (closeUnused) the ones with nothing in
 * flight are cut at once, and every other one is ended as soon as its answer has gone out. Node's
 * closeIdleConnections runs only once and leaves out a connection that never sent a request (HTTP
 * clients open spare ones); a kept-alive connection that turns idle after it would hold close() up
 * for the whole keep-alive timeout (72 s in Fastify).
 */
export function trackConnections(server: Server): { closeUnused(): void } {
  const open = new Set<Socket>();
  const busy = new Set<Socket>();
  let closing = false;
  const endAfterAnswer = (socket: Socket) => {
    // end() lets the answer's last bytes go out first; a client that never closes its side is cut.
    socket.end();
    setTimeout(() => socket.destroy(), lingerMs).unref();
  };
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
    response.once('close', () => {
      busy.delete(socket);
      if (closing) endAfterAnswer(socket);
    });
  });
  return {
    closeUnused() {
      closing = true;
      for (const socket of open) if (!busy.has(socket)) socket.destroy();
    },
  };
}
