import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { now } from '@/lib/clock';
import { formPaymentRegistry } from '@/lib/payments/form-registry';
import { registryView } from '@/lib/payments/schemas';

export const POST = handle(endpoints.formPaymentRegistry, async ({ actor, body, db }) => registryView(await formPaymentRegistry(db, actor, body, now())));
