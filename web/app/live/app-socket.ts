import { io, type Socket } from 'socket.io-client';

let socket: Socket | null = null;

/** One connection for the whole page; socket.io reconnects it by itself when it drops. */
export function appSocket(): Socket {
  if (!socket) {
    const created = io({ reconnectionDelay: 500, reconnectionDelayMax: 4000 });
    // socket.io does not reconnect by itself when the server closed the connection on purpose
    // (a restart does that); the page should come back as soon as the server does.
    created.on('disconnect', (reason) => {
      if (reason === 'io server disconnect') setTimeout(() => created.connect(), 1000);
    });
    socket = created;
  }
  return socket;
}
