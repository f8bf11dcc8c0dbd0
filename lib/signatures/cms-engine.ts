import * as pkijs from 'pkijs';

/** PKI.js on the platform's WebCrypto (the browser's, or Node's globalThis.crypto). */
let ready = false;
export function ensureCmsEngine(): void {
  if (ready) return;
  pkijs.setEngine('webcrypto', new pkijs.CryptoEngine({ name: 'webcrypto', crypto: globalThis.crypto }));
  ready = true;
}
