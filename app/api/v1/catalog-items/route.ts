import { getDb } from '@/db';
import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { createCatalogItem } from '@/lib/catalog/manage-items';
import { getCatalogItem, listProviderItems } from '@/lib/catalog/queries';
import { now } from '@/lib/clock';
import { AppError } from '@/lib/errors';

export const GET = handle(endpoints.listCatalogItems, async ({ actor }) => {
  if (!actor.providerId) throw new AppError('forbidden');
  const items = await listProviderItems(getDb(), actor.providerId, almatyDateOf(now()));
  return { items: items.map(({ unit: _u, kind: _k, classifierName: _c, ...view }) => view) };
});

export const POST = handle(endpoints.createCatalogItem, async ({ actor, body, db }) => {
  const item = await createCatalogItem(db, actor, body);
  return (await getCatalogItem(db, item.id, almatyDateOf(now())))!.view;
});
