import { boolean, char, check, index, integer, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { classifierEntries } from './classifier';
import { providers } from './organisations';
import { users } from './users';
import { bytea } from './bytea';


/**
 * What a provider offers: one classifier entry under the provider's own name and price. An item
 * is withdrawn, never deleted, because orders refer to it; orders copy the price they were
 * placed at, so a later price change never reaches them.
 */
export const catalogItems = pgTable(
  'catalog_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id),
    classifierCode: text('classifier_code')
      .notNull()
      .references(() => classifierEntries.code),
    name: text('name').notNull(),
    model: text('model'),
    description: text('description'),
    /** Tenge per classifier unit (piece, hour, day). */
    price: numeric('price', { precision: 14, scale: 2 }).notNull(),
    /** Units in stock, for goods; null for services. */
    stock: integer('stock'),
    delivery: boolean('delivery').notNull(),
    pickup: boolean('pickup').notNull(),
    leadTimeDays: integer('lead_time_days').notNull(),
    status: text('status', { enum: ['active', 'withdrawn'] })
      .notNull()
      .default('active'),
    /** Raised on every change, so two editors cannot overwrite each other unseen. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('catalog_items_provider_idx').on(t.providerId, t.status),
    // The marketplace's main path: one classifier entry, cheapest first.
    index('catalog_items_code_price_idx').on(t.classifierCode, t.price, t.id).where(sql`${t.status} = 'active'`),
    // …and fastest first, for the lead-time sort.
    index('catalog_items_code_lead_idx').on(t.classifierCode, t.leadTimeDays, t.price, t.id).where(sql`${t.status} = 'active'`),
    check('catalog_items_price', sql`${t.price} > 0 AND ${t.price} <= 100000000`),
    check('catalog_items_stock', sql`${t.stock} IS NULL OR ${t.stock} >= 0`),
    check('catalog_items_lead_time', sql`${t.leadTimeDays} BETWEEN 0 AND 365`),
  ],
);

/** Every price an item has had, from when; append-only. */
export const catalogItemPrices = pgTable(
  'catalog_item_prices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    catalogItemId: uuid('catalog_item_id')
      .notNull()
      .references(() => catalogItems.id),
    price: numeric('price', { precision: 14, scale: 2 }).notNull(),
    setAt: timestamp('set_at', { withTimezone: true }).notNull(),
    setBy: uuid('set_by').references(() => users.id),
  },
  (t) => [index('catalog_item_prices_item_idx').on(t.catalogItemId, t.setAt)],
);

/** Photos of an item, checked to be JPEG, PNG or WebP by their bytes, not their name. */
export const catalogItemPhotos = pgTable(
  'catalog_item_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    catalogItemId: uuid('catalog_item_id')
      .notNull()
      .references(() => catalogItems.id),
    contentType: text('content_type', { enum: ['image/jpeg', 'image/png', 'image/webp'] }).notNull(),
    bytes: bytea('bytes').notNull(),
    sha256: char('sha256', { length: 64 }).notNull(),
    altText: text('alt_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('catalog_item_photos_item_idx').on(t.catalogItemId)],
);

/** A provider's workers: which service each renders; removal keeps the row for the journals. */
export const providerWorkers = pgTable(
  'provider_workers',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id),
    specialty: text('specialty', { enum: ['assistant', 'sign_language'] }).notNull(),
    invitedBy: uuid('invited_by').references(() => users.id),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('provider_workers_provider_idx').on(t.providerId)],
);

export type CatalogItem = typeof catalogItems.$inferSelect;
