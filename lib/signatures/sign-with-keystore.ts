import type { Bytes } from './bytes';
import { openKeystore } from './keystore';
import { signDetachedCms } from './sign-cms';

/**
 * Signing in the browser: the keystore file and its password are used here, on the person's
 * device, and only the resulting CMS is sent to the portal.
 */
export async function signWithKeystore(input: { keystore: Bytes; password: string; content: Bytes; signingTime: Date }): Promise<Bytes> {
  const opened = openKeystore(input.keystore, input.password);
  return signDetachedCms({ content: input.content, privateKeyPkcs8: opened.privateKeyPkcs8, certificate: opened.certificate, chain: opened.chain, signingTime: input.signingTime });
}
