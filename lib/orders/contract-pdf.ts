import type { DocumentRow } from '@/db/schema';
import { formatInstantAlmaty } from '@/lib/calendar/local-date';
import type { listDocumentSignatures } from '@/lib/documents/queries';
import type { OrderContractView } from '@/lib/pdf/templates/order-contract-view';
import type { contractContent } from './order-documents';

type ContractContent = ReturnType<typeof contractContent>;
type SignatureRows = Awaited<ReturnType<typeof listDocumentSignatures>>;

/**
 * The contract's printed form, built only from the signed canonical content and the signatures
 * stored with it: what is on paper is exactly what was signed. The first required signer is the
 * provider, the second the recipient's side (the recipient or their representative).
 */
export function contractPdfView(document: DocumentRow, signatureRows: SignatureRows, locale: 'ru' | 'kk'): OrderContractView {
  const content = (JSON.parse(new TextDecoder().decode(document.canonical)) as { content: ContractContent }).content;
  const { order } = content;
  const [providerSigner] = document.requiredSigners;
  return {
    locale,
    number: order.number,
    formedOn: content.date,
    provider: { name: order.provider.name, bin: order.provider.bin, iin: order.provider.iin, ...content.providerDetails, signerName: content.providerSigner.name },
    recipient: { fullName: order.recipient.fullName, iin: order.recipient.iin, address: content.recipientAddress, representative: content.representative },
    subject: { code: order.item.code, classifierName: order.item.classifierName, itemName: order.item.name, model: order.item.model, quantity: order.quantity, unit: order.item.unit },
    money: { ...order.money, guaranteedSum: order.money.guaranteedSum ?? '0.00' },
    delivery: { method: order.delivery, address: order.deliveryAddress, leadTimeDays: order.leadTimeDays },
    service: order.period ? { periodFrom: order.period.from, periodTo: order.period.to ?? order.period.from, hoursPerDay: content.measure.hoursPerDay, hoursPerYear: content.measure.hoursPerYear } : null,
    documentSha256: document.sha256,
    signatures: signatureRows.map((row) => {
      const verification = row.verification as { valid?: boolean; signer?: { serialNumber?: string; issuer?: string } };
      const byProvider = row.signerUserId === providerSigner?.userId;
      return {
        role: byProvider ? 'provider' : content.representative ? 'representative' : 'recipient',
        name: byProvider ? content.providerSigner.name : (content.representative?.fullName ?? order.recipient.fullName),
        iin: row.signerIin,
        bin: row.signerBin,
        certificateSerial: verification.signer?.serialNumber ?? '',
        certificateIssuer: verification.signer?.issuer ?? '',
        signingTime: formatInstantAlmaty(row.signingTime).replace('T', ' '),
        valid: verification.valid === true,
      };
    }),
  };
}
