import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { AppError } from '@/lib/errors';
import { findRegistryForOffice, registryCsv } from '@/lib/payments/registry-file';

export const GET = handle(endpoints.getPaymentRegistryFile, async ({ actor, params, db }) => {
  const registry = actor.officeId ? await findRegistryForOffice(db, actor.officeId, params.id) : null;
  if (!registry) throw new AppError('not_found', { detailKey: 'errors.not_found.payment_registry' });
  return new Response(await registryCsv(db, registry.id), {
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="registry-${registry.number}.csv"`, 'cache-control': 'private, no-store' },
  });
});
