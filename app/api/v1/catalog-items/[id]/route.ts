import { getDb } from '@/db';
import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { almatyDateOf } from '@/lib/calendar/local-date';
import { updateCatalogItem, withdrawCatalogItem } from '@/lib/catalog/manage-items';
import { getCatalogItem } from '@/lib/catalog/queries';
import { now } from '@/lib/clock';

export const PATCH = handle(endpoints.updateCatalogItem, async ({ actor, params, body }) => {
  const db = getDb();
  await updateCatalogItem(db, actor, params.id, body);
  return (await getCatalogItem(db, params.id, almatyDateOf(now())))!.view;
});

export const DELETE = handle(endpoints.deleteCatalogItem, async ({ actor, params }) => {
  const db = getDb();
  await withdrawCatalogItem(db, actor, params.id);
  return (await getCatalogItem(db, params.id, almatyDateOf(now())))!.view;
});
