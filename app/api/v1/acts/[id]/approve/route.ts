import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { prepareActApproval } from '@/lib/acts/review-act';
import { now } from '@/lib/clock';
import { documentToSign } from '@/lib/orders/order-view';

export const POST = handle(endpoints.approveAct, async ({ actor, params, db }) => documentToSign(await prepareActApproval(db, actor, params.id, now())));
