import { x509 } from '@/lib/signatures/x509';
import type { DocumentRow } from '@/db/schema';
import { almatyDateOf, formatInstantAlmaty } from '@/lib/calendar/local-date';
import type { listDocumentSignatures } from '@/lib/documents/queries';
import type { ActView } from '@/lib/pdf/templates/act-view';
import type { actContent, goodsActContent } from './act-content';

type ActContent = ReturnType<typeof actContent> | ReturnType<typeof goodsActContent>;
type SignatureRows = Awaited<ReturnType<typeof listDocumentSignatures>>;
type StoredVerification = { valid?: boolean; signer?: { subject?: string; serialNumber?: string; issuer?: string } };

/** The certificate's common name: the signer's name as the certifying authority states it. */
function commonName(subject: string | undefined): string | null {
  if (!subject) return null;
  try {
    return new x509.Name(subject).getField('CN')[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * The act's printed form (App. 8 with its sheet), built only from the signed canonical content and
 * the signatures stored with it: what is on paper is exactly what was signed, whatever became of
 * the act row since. The content names no signer, so each signature's role comes from the
 * document's required signers as formAct lists them (the provider's head first, then the workers
 * who served, the recipient's side last unless the recipient has died), and its name from the
 * signing certificate.
 */
export function actPdfView(document: DocumentRow, signatureRows: SignatureRows, locale: 'ru' | 'kk'): ActView {
  const content = (JSON.parse(new TextDecoder().decode(document.canonical)) as { content: ActContent }).content;
  const required = document.requiredSigners;
  const recipientSide = content.recipient.deceased || required.length < 2 ? null : required.at(-1)!;
  return {
    locale,
    number: content.number,
    version: content.version,
    formedOn: almatyDateOf(document.createdAt),
    orderNumber: content.order.number,
    period: content.period,
    provider: {
      name: content.provider.name,
      bin: content.provider.bin,
      iin: content.provider.iin,
      legalAddress: content.provider.legalAddress,
      iban: content.provider.iban,
      bik: content.provider.bik,
      bankName: content.provider.bankName,
    },
    recipient: { fullName: content.recipient.fullName, iin: content.recipient.iin, deceased: content.recipient.deceased },
    lines: content.lines.map((l) => ({
      service: l.service,
      dateFrom: l.dateFrom,
      dateTo: l.dateTo,
      hours: l.hours,
      // Service acts signed before goods acts existed have no quantity.
      quantity: l.quantity ?? null,
      unitPrice: l.unitPrice,
      guaranteedSum: l.guaranteedSum,
      reimbursedUnitPrice: l.reimbursedUnitPrice,
      cost: l.cost,
      reimbursed: l.reimbursed,
    })),
    totals: { hours: content.totals.hours, total: content.totals.total, reimbursed: content.totals.reimbursed, coPayment: content.totals.coPayment },
    // Signed in every language the portal has; a language missing from an older version falls back to Russian.
    statement: content.statement[locale] ?? content.statement.ru,
    goods: content.sheet === null ? { name: content.goods.name, model: content.goods.model, unit: content.goods.unit, quantity: content.goods.quantity, receivedOn: content.goods.receivedOn, deliveryAddress: content.goods.deliveryAddress } : null,
    sheet: content.sheet
      ? {
          kind: content.sheet.kind === 'accompaniment' ? 'accompaniment' : 'sign_language',
          rows: content.sheet.rows.map((r) => ({ date: r.date, start: r.start, end: r.end, hours: r.hours, places: r.places, mode: r.mode, worker: r.worker })),
        }
      : null,
    documentSha256: document.sha256,
    signatures: signatureRows.map((row) => {
      const verification = row.verification as StoredVerification;
      const byRecipientSide = recipientSide !== null && row.signerUserId === recipientSide.userId;
      const role = row.signerUserId === required[0]?.userId ? 'provider' : byRecipientSide ? (row.signerIin === content.recipient.iin ? 'recipient' : 'representative') : 'worker';
      return {
        role,
        name: commonName(verification.signer?.subject) ?? (role === 'recipient' ? content.recipient.fullName : ''),
        iin: row.signerIin,
        bin: row.signerBin,
        certificateSerial: verification.signer?.serialNumber ?? '',
        certificateIssuer: verification.signer?.issuer ?? '',
        signingTime: formatInstantAlmaty(row.signingTime).replace('T', ' '),
        documentSha256: row.documentSha256,
        valid: verification.valid === true,
      };
    }),
  };
}
