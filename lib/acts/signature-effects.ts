import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { orders, type DocumentRow } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { notifyOrderEvent } from '@/lib/orders/order-notices';
import { lockAct, transitionAct } from './transition';

/** The signer on the recipient's side, if the act has one (the last required signer: see formAct). */
export function recipientSideSignerOf(document: Pick<DocumentRow, 'requiredSigners'>, recipientDeceased: boolean): string | null {
  return recipientDeceased ? null : (document.requiredSigners.at(-1)?.userId ?? null);
}

/**
 * What each signature on an act's document does, in the signature's transaction (a refusal here
 * refuses the signature). The provider's side (its head and the workers who served) signs first;
 * when it has, the act is signed_by_provider and the recipient is asked to sign. The recipient's
 * signature makes it signed_by_recipient and tells the provider it can be submitted. When the
 * recipient has died the act goes on from signed_by_provider without them (DESIGN §2).
 */
export async function onActSignature(tx: Tx, document: DocumentRow, signer: Actor, signedBy: ReadonlySet<string>, at: Date): Promise<void> {
  const act = await lockAct(tx, document.subjectId);
  if (act.documentId !== document.id || (act.status !== 'draft' && act.status !== 'signed_by_provider')) {
    throw new AppError('conflict', { detailKey: 'errors.act.not_awaiting_signatures', values: { status: act.status } });
  }
  const recipientSide = recipientSideSignerOf(document, act.recipientDeceased);
  const providerSide = document.requiredSigners.filter((s) => s.userId !== recipientSide);
  const providerSigned = providerSide.every((s) => signedBy.has(s.userId));
  const [order] = await tx.select().from(orders).where(eq(orders.id, act.orderId));
  const audit = { actor: { userId: signer.userId, role: signer.role }, data: { documentId: document.id } };
  if (signer.userId === recipientSide) {
    if (act.status !== 'signed_by_provider') throw new AppError('conflict', { detailKey: 'errors.act.provider_signs_first' });
    await transitionAct(tx, act, 'signed_by_recipient', at, { ...audit, action: 'act.sign_recipient' });
    await notifyOrderEvent(tx, order!, 'act_signed_by_recipient', ['provider'], at, { act: act.number }, { eventKey: `${act.id}:signed_by_recipient` });
    return;
  }
  if (providerSigned && act.status === 'draft') {
    await transitionAct(tx, act, 'signed_by_provider', at, { ...audit, action: 'act.sign_provider' });
    if (recipientSide) await notifyOrderEvent(tx, order!, 'act_awaits_signature', ['recipient'], at, { act: act.number, period: act.period }, { eventKey: `${act.id}:awaits_signature`, recipientPath: `/cabinet/acts/${act.id}` });
  }
}
