import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import type { Bytes } from './bytes';
import { ensureCmsEngine } from './cms-engine';
import { OID } from './oids';

const RSA_SHA256 = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/**
 * Makes a detached CMS SignedData over `content` with signed attributes (content type, signing
 * time, message digest) and the signer's certificate. Runs in the browser and in Node alike:
 * only WebCrypto and PKI.js, no platform APIs.
 */
export async function signDetachedCms(input: {
  content: Bytes;
  privateKeyPkcs8: Bytes;
  certificate: Bytes;
  chain?: Bytes[];
  signingTime: Date;
}): Promise<Bytes> {
  ensureCmsEngine();
  const subtle = globalThis.crypto.subtle;
  const key = await subtle.importKey('pkcs8', input.privateKeyPkcs8, RSA_SHA256, false, ['sign']);
  const certificate = pkijs.Certificate.fromBER(input.certificate);
  const digest = await subtle.digest('SHA-256', input.content);
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            new pkijs.Attribute({ type: OID.contentType, values: [new asn1js.ObjectIdentifier({ value: OID.data })] }),
            new pkijs.Attribute({ type: OID.signingTime, values: [new asn1js.UTCTime({ valueDate: input.signingTime })] }),
            new pkijs.Attribute({ type: OID.messageDigest, values: [new asn1js.OctetString({ valueHex: digest })] }),
          ],
        }),
      }),
    ],
    certificates: [certificate, ...(input.chain ?? []).map((der) => pkijs.Certificate.fromBER(der))],
  });
  await signedData.sign(key, 0, 'SHA-256');
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
