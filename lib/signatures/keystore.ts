import type { Bytes } from './bytes';
import forge from 'node-forge';

/**
 * PKCS#12 keystores, the container Kazakhstan's certifying centre issues keys in. node-forge
 * reads and writes the container (it runs in the browser too); the key itself is handed to
 * WebCrypto as PKCS#8 for signing.
 */
export interface OpenedKeystore {
  privateKeyPkcs8: Bytes;
  certificate: Bytes;
  chain: Bytes[];
}

const toBinary = (bytes: Bytes) => forge.util.binary.raw.encode(bytes);
const fromBinary = (binary: string): Bytes => new Uint8Array(forge.util.binary.raw.decode(binary));

export function createKeystore(input: {
  privateKeyPkcs8: Bytes;
  certificate: Bytes;
  chain: Bytes[];
  password: string;
  friendlyName: string;
}): Bytes {
  const keyInfo = forge.asn1.fromDer(toBinary(input.privateKeyPkcs8));
  const privateKey = forge.pki.privateKeyFromAsn1(keyInfo);
  const certs = [input.certificate, ...input.chain].map((der) => forge.pki.certificateFromAsn1(forge.asn1.fromDer(toBinary(der))));
  const p12 = forge.pkcs12.toPkcs12Asn1(privateKey, certs, input.password, {
    algorithm: 'aes256',
    friendlyName: input.friendlyName,
  });
  return fromBinary(forge.asn1.toDer(p12).getBytes());
}

export class KeystorePasswordError extends Error {
  constructor() {
    super('keystore_password');
  }
}

/** Opens a keystore; a wrong password or a damaged file is a KeystorePasswordError. */
export function openKeystore(p12: Bytes, password: string): OpenedKeystore {
  let store: forge.pkcs12.Pkcs12Pfx;
  try {
    store = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(toBinary(p12)), password);
  } catch {
    throw new KeystorePasswordError();
  }
  const keyBagType = forge.pki.oids.pkcs8ShroudedKeyBag as string;
  const certBagType = forge.pki.oids.certBag as string;
  const keyBags: forge.pkcs12.Bag[] = store.getBags({ bagType: keyBagType })[keyBagType] ?? [];
  const certBags: forge.pkcs12.Bag[] = store.getBags({ bagType: certBagType })[certBagType] ?? [];
  const key = keyBags[0]?.key;
  if (!key || certBags.length === 0) throw new KeystorePasswordError();
  const pkcs8 = forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(key as forge.pki.rsa.PrivateKey));
  const ders = certBags.map((bag) => fromBinary(forge.asn1.toDer(forge.pki.certificateToAsn1(bag.cert!)).getBytes()));
  // The signer's certificate is the one whose public key matches the private key.
  const publicKeyPem = forge.pki.publicKeyToPem(forge.pki.setRsaPublicKey((key as forge.pki.rsa.PrivateKey).n, (key as forge.pki.rsa.PrivateKey).e));
  const index = certBags.findIndex((bag) => forge.pki.publicKeyToPem(bag.cert!.publicKey) === publicKeyPem);
  const certificate = ders[index === -1 ? 0 : index]!;
  return {
    privateKeyPkcs8: fromBinary(forge.asn1.toDer(pkcs8).getBytes()),
    certificate,
    chain: ders.filter((d) => d !== certificate),
  };
}
