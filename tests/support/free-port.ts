import net from 'node:net';

/**
 * A port nobody listens on now, chosen by the OS, so two runs never share a server. It comes
 * from the ephemeral range (32768 and up on Linux), which also keeps clear of the low ports
 * browsers refuse and `next start` will not serve (3659, 4045, 6000, 6665–6669…): a random port
 * between 3100 and 3900 once drew 3659 and the e2e suite could not start.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
