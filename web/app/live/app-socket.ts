import { io, type Socket } from 'socket.io-client';

let socket: Socket | null = null;

/** One connection for the whole page; socket.io reconnects it by itself when it drops. */
export function appSocket(): Socket {
  socket ??= io({ reconnectionDelay: 500, reconnectionDelayMax: 4000 });
  return socket;
}
