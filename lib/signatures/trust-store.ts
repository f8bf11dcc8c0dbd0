import { x509 } from './x509';
import type { Bytes } from './bytes';

/**
 * What a verifier trusts: the pinned roots and the revocation lists it has. Configuration, not
 * code: production points it at the national certifying centre's roots and CRLs, the demo at
 * its own test root, and the two are never mixed.
 */
export interface TrustStore {
  roots: x509.X509Certificate[];
  crls: x509.X509Crl[];
}

export function createTrustStore(input: { roots: Bytes[]; crls: Bytes[] }): TrustStore {
  return {
    roots: input.roots.map((der) => new x509.X509Certificate(der)),
    crls: input.crls.map((der) => new x509.X509Crl(der)),
  };
}
