import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { now } from '@/lib/clock';
import { fulfilmentOf } from '@/lib/entitlements/fulfilment';
import { AppError } from '@/lib/errors';

export const GET = handle(endpoints.entitlementFulfilment, async ({ params, db }) => {
  const fulfilment = await fulfilmentOf(db, params.iprNumber, almatyDateOf(now()));
  if (!fulfilment) throw new AppError('not_found');
  return fulfilment;
});
