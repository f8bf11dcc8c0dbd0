import type { DocumentRow } from '@/db/schema';
import { formatInstantAlmaty } from '@/lib/calendar';
import type { listDocumentSignatures } from './queries';

type SignatureRows = Awaited<ReturnType<typeof listDocumentSignatures>>;

interface StoredVerification {
  valid?: boolean;
  checks?: { check: string; result: 'passed' | 'failed' | 'not_checked' }[];
  signer?: { subject: string; issuer: string; serialNumber: string; notBefore: string; notAfter: string; roles: string[] } | null;
  revocation?: { crlIssuer: string; thisUpdate: string; nextUpdate: string | null; crlSha256: string; revoked: boolean }[];
}

/** The document as the API and pages show it: metadata and each signature with its verification. */
export function documentView(document: DocumentRow, signatureRows: SignatureRows) {
  return {
    id: document.id,
    kind: document.kind,
    subject: { type: document.subjectType, id: document.subjectId },
    version: document.version,
    sha256: document.sha256,
    status: document.status,
    createdAt: formatInstantAlmaty(document.createdAt),
    requiredSigners: document.requiredSigners.map((s) => ({ iin: s.iin, ...(s.bin ? { bin: s.bin } : {}) })),
    signatures: signatureRows.map((row) => {
      const v = row.verification as StoredVerification;
      return {
        id: row.id,
        signerIin: row.signerIin,
        signerBin: row.signerBin,
        signingTime: formatInstantAlmaty(row.signingTime),
        receivedAt: formatInstantAlmaty(row.receivedAt),
        documentSha256: row.documentSha256,
        valid: v.valid === true,
        checks: v.checks ?? [],
        certificate: v.signer
          ? { subject: v.signer.subject, issuer: v.signer.issuer, serialNumber: v.signer.serialNumber, notBefore: v.signer.notBefore, notAfter: v.signer.notAfter, roles: v.signer.roles }
          : null,
        revocation: v.revocation ?? [],
      };
    }),
  };
}
