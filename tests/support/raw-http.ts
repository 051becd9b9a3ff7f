import net from 'node:net';

/** Raw HTTP/1.1 on one socket, so keep-alive behaviour and odd request lines are what is tested. */
export function rawSocket(port: number, host = '127.0.0.1') {
  const socket = net.connect(port, host);
  let received = '';
  socket.on('data', (d) => (received += d));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return {
    socket,
    received: () => received,
    closed,
    /** Waits for the server to close the connection; false if it has not within `ms`. */
    closedWithin: (ms: number) => Promise.race([closed.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]),
    /** Each answer received so far, split at its status line. */
    answers: () => received.split(/(?=HTTP\/1\.1 \d{3} )/).filter((a) => a !== ''),
  };
}
