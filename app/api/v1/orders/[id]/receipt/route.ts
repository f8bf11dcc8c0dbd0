import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { prepareReceipt } from '@/lib/orders/fulfil-order';
import { documentToSign } from '@/lib/orders/order-view';

export const POST = handle(endpoints.confirmOrderReceipt, async ({ actor, params, db }) => documentToSign(await prepareReceipt(db, actor!, params.id)));
