/** Binary data backed by a plain ArrayBuffer, as WebCrypto and the ASN.1 libraries take it. */
export type Bytes = Uint8Array<ArrayBuffer>;

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

export function fromBase64(text: string): Bytes {
  return new Uint8Array(Buffer.from(text, 'base64'));
}
