// One TCP port for HTTPS and plain HTTP: Chromium's --host-resolver-rules map a hostname to one host:port for every
// scheme. The first byte decides: 0x16 opens a TLS handshake, anything else is HTTP.
import net from 'node:net';
import http from 'node:http';
import https from 'node:https';

/**
 * @param {{key: string, cert: string}} tls
 * @param {http.RequestListener} handler
 * @param {number} port 0 picks a free port
 */
export async function listenDual(tls, handler, port) {
  const httpServer = http.createServer({ keepAliveTimeout: 5000 }, handler);
  const httpsServer = https.createServer({ ...tls, keepAliveTimeout: 5000 }, handler);
  /** @type {Set<net.Socket>} */
  const sockets = new Set();
  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (chunk) => {
      socket.pause();
      socket.unshift(chunk);
      (chunk[0] === 0x16 ? httpsServer : httpServer).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  // TLS errors from clients that give up (e.g. a browser closing mid-handshake) must not crash the process.
  httpsServer.on('tlsClientError', () => {});
  await new Promise((resolve, reject) => {
    front.once('error', reject);
    front.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = front.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  return {
    port: address.port,
    async close() {
      await new Promise((resolve) => {
        front.close(() => resolve(undefined));
        for (const socket of sockets) socket.destroy();
        httpServer.closeAllConnections();
        httpsServer.closeAllConnections();
      });
    },
  };
}
