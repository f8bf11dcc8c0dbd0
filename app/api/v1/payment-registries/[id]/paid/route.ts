import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { now } from '@/lib/clock';
import { markRegistryPaid } from '@/lib/payments/mark-paid';
import { registryView } from '@/lib/payments/schemas';

export const POST = handle(endpoints.markPaymentRegistryPaid, async ({ actor, params, db }) => registryView(await markRegistryPaid(db, actor, params.id, now())));
