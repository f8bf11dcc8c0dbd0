import type { Db } from '@/db/client';
import { assertPermission, type Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';
import { notifyOrderEvent } from '@/lib/orders/order-notices';
import { lockOrder } from '@/lib/orders/transition';
import { actReviewFlags } from './review-flags';
import { lockAct, transitionAct } from './transition';

/**
 * The provider sends a signed act to the district office: once the recipient has signed, or
 * once its own side has when the recipient has died. The automatic checks run now and their
 * flags are kept with the act for the reviewer. The office is told.
 */
export async function submitAct(db: Db, actor: Actor, actId: string, at: Date) {
  assertPermission(actor, 'acts.form');
  return db.transaction(async (tx) => {
    const act = await lockAct(tx, actId);
    if (act.providerId !== actor.providerId) throw new AppError('not_found', { detailKey: 'errors.not_found.act' });
    const ready = act.status === 'signed_by_recipient' || (act.status === 'signed_by_provider' && act.recipientDeceased);
    if (!ready) throw new AppError('conflict', { detailKey: act.status === 'submitted' ? 'errors.act.already_submitted' : 'errors.act.not_signed', values: { status: act.status } });
    const reviewFlags = await actReviewFlags(tx, act);
    const submitted = await transitionAct(tx, act, 'submitted', at, { actor: { userId: actor.userId, role: actor.role }, action: 'act.submit', data: { recipientDeceased: act.recipientDeceased, reviewFlags } }, { reviewFlags });
    await notifyOrderEvent(tx, await lockOrder(tx, act.orderId), 'act_submitted', ['office'], at, { act: act.number, total: act.reimbursed }, { eventKey: `${act.id}:submitted` });
    return submitted;
  });
}
