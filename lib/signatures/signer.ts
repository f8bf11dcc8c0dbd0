import type { Bytes } from './bytes';

/** Who the signing key must belong to; NCALayer uses it to offer only fitting keys. */
export interface SignerFilter {
  iin?: string;
  bin?: string;
  /** Extended key usage / role OIDs the certificate must carry. */
  extKeyUsageOids?: string[];
}

/**
 * One interface for every way a person signs: a keystore file opened in the browser, or the
 * desktop NCALayer. Both give a detached CMS over the content.
 */
export interface DocumentSigner {
  sign(content: Bytes, filter: SignerFilter): Promise<Bytes>;
}

export class SignerError extends Error {
  constructor(readonly reason: 'not_running' | 'cancelled' | 'refused' | 'keystore_password' | 'protocol') {
    super(reason);
  }
}
