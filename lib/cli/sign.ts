/**
 * npm run sign -- --p12 FILE --password PASS --in FILE --out FILE [--base64] [--signing-time ISO]
 *
 * Makes the same detached CMS the portal makes in the browser, for integrators and tests:
 * --in is the document's canonical bytes (GET /api/v1/documents/{id}/content), --out the CMS
 * (DER, or base64 ready for POST /api/v1/documents/{id}/signatures with --base64).
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { KeystorePasswordError, openKeystore } from '@/lib/signatures/keystore';
import { signDetachedCms } from '@/lib/signatures/sign-cms';

function fail(message: string): never {
  console.error(`sign: ${message}`);
  console.error('usage: npm run sign -- --p12 FILE --password PASS --in FILE --out FILE [--base64] [--signing-time ISO]');
  process.exit(2);
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        p12: { type: 'string' },
        password: { type: 'string' },
        in: { type: 'string' },
        out: { type: 'string' },
        base64: { type: 'boolean', default: false },
        'signing-time': { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  if (!values.p12 || values.password === undefined || !values.in || !values.out) fail('--p12, --password, --in and --out are required');
  const read = (file: string) => {
    try {
      return new Uint8Array(fs.readFileSync(file));
    } catch {
      fail(`cannot read ${file}`);
    }
  };
  let keystore;
  try {
    keystore = openKeystore(read(values.p12), values.password);
  } catch (error) {
    if (error instanceof KeystorePasswordError) fail('the keystore cannot be opened: wrong password or not a PKCS#12 file');
    throw error;
  }
  // A signer's device stamps its own time; --signing-time matches a portal whose clock was moved.
  const signingTime = values['signing-time'] ? new Date(values['signing-time']) : new Date(); // eslint-disable-line no-restricted-syntax
  if (Number.isNaN(signingTime.getTime())) fail('--signing-time must be an ISO-8601 instant');
  const cms = await signDetachedCms({ content: read(values.in), ...keystore, signingTime });
  fs.writeFileSync(values.out, values.base64 ? Buffer.from(cms).toString('base64') : cms);
  console.log(`signed ${values.in} → ${values.out} (${cms.byteLength} bytes CMS)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
