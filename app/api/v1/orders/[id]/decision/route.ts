import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { prepareDecision } from '@/lib/orders/decide-order';
import { documentToSign } from '@/lib/orders/order-view';

export const POST = handle(endpoints.decideOrder, async ({ actor, params, body, db }) => documentToSign(await prepareDecision(db, actor!, params.id, body)));
