/** Binary data backed by a plain ArrayBuffer, as WebCrypto and the ASN.1 libraries take it. */
export type Bytes = Uint8Array<ArrayBuffer>;

// atob/btoa exist in browsers and in Node, so the same helpers serve the signing page and the server.

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Bytes {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
