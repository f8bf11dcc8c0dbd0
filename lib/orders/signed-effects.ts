import type { Tx } from '@/db/client';
import type { DocumentRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { applySignedDecision } from './decide-order';
import { applySignedReceipt, concludeSignedContract } from './fulfil-order';
import { ORDER_DOCUMENT_KINDS } from './order-documents';
import { submitSignedApplication } from './submit-order';

/**
 * What an order document's last required signature does, run in the signature's transaction so
 * the signature and its effect commit together (or neither does, when the effect is refused).
 */
export async function onOrderDocumentSigned(tx: Tx, document: DocumentRow, signer: Actor, at: Date): Promise<void> {
  switch (document.kind) {
    case ORDER_DOCUMENT_KINDS.application:
      await submitSignedApplication(tx, document.subjectId, signer, at);
      return;
    case ORDER_DOCUMENT_KINDS.decision:
      await applySignedDecision(tx, document, signer, at);
      return;
    case ORDER_DOCUMENT_KINDS.contract:
      await concludeSignedContract(tx, document.subjectId, signer, at);
      return;
    case ORDER_DOCUMENT_KINDS.receipt:
      await applySignedReceipt(tx, document.subjectId, signer, at);
      return;
  }
}
