// @peculiar/x509 resolves its parts through tsyringe, which needs the Reflect metadata polyfill
// loaded first; every module uses X.509 through this file so the order always holds.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(globalThis.crypto);

export { x509 };
