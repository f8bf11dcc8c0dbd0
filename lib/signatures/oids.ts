/** Object identifiers of Kazakhstan's national certifying centre (NCA RK) and of X.509. */
export const OID = {
  serialNumber: '2.5.4.5',
  organizationalUnit: '2.5.4.11',
  // Roles carried in the extended key usage of NCA RK certificates.
  roleIndividual: '1.2.398.3.3.4.1.1',
  roleLegalEntity: '1.2.398.3.3.4.1.2',
  roleFirstHead: '1.2.398.3.3.4.2.1',
  roleSignatory: '1.2.398.3.3.4.2.2',
  roleEmployee: '1.2.398.3.3.4.2.5',
  clientAuth: '1.3.6.1.5.5.7.3.2',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  // CMS signed attributes
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  sha256: '2.16.840.1.101.3.4.2.1',
} as const;

/** Roles that may sign for an organisation (a provider's decision, an act). */
export const ORGANISATION_SIGNER_ROLES: readonly string[] = [OID.roleFirstHead, OID.roleSignatory];
