import { char, check, date, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { regions } from './regions';

export const providerStatuses = ['pending', 'verified', 'rejected', 'suspended'] as const;
export type ProviderStatus = (typeof providerStatuses)[number];

/** Providers of goods and services: an organisation (BIN) or an individual entrepreneur (IIN). */
export const providers = pgTable(
  'providers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: ['organisation', 'entrepreneur'] }).notNull(),
    bin: char('bin', { length: 12 }).unique(),
    iin: char('iin', { length: 12 }).unique(),
    name: text('name').notNull(),
    legalAddress: text('legal_address').notNull(),
    phone: text('phone').notNull(),
    email: text('email').notNull(),
    iban: char('iban', { length: 20 }).notNull(),
    bik: text('bik').notNull(),
    bankName: text('bank_name').notNull(),
    status: text('status', { enum: providerStatuses })
      .notNull()
      .default('pending'),
    /** Why an administrator rejected or suspended the provider; shown to the provider. */
    statusReason: text('status_reason'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    /** The signer's certificate (PEM) given at registration; its IIN/BIN was checked then. */
    signerCertificate: text('signer_certificate'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('providers_status_idx').on(t.status),
    check('providers_reason', sql`${t.status} NOT IN ('rejected','suspended') OR ${t.statusReason} IS NOT NULL`),
    // An organisation is identified by its BIN, an entrepreneur by their IIN: exactly one.
    check(
      'providers_identifier',
      sql`(${t.kind} = 'organisation' AND ${t.bin} IS NOT NULL AND ${t.iin} IS NULL) OR (${t.kind} = 'entrepreneur' AND ${t.iin} IS NOT NULL AND ${t.bin} IS NULL)`,
    ),
  ],
);

export const providerRegions = pgTable(
  'provider_regions',
  {
    providerId: uuid('provider_id')
      .notNull()
      .references(() => providers.id),
    kato: char('kato', { length: 9 })
      .notNull()
      .references(() => regions.kato),
  },
  (t) => [primaryKey({ columns: [t.providerId, t.kato] }), index('provider_regions_kato_idx').on(t.kato)],
);

/** District employment offices (отделы занятости), which approve acts and pay providers. */
export const employmentOffices = pgTable('employment_offices', {
  id: uuid('id').primaryKey().defaultRandom(),
  nameKk: text('name_kk').notNull(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
  regionKato: char('region_kato', { length: 9 })
    .notNull()
    .references(() => regions.kato),
  address: text('address').notNull(),
});

/** Each district is served by exactly one office. */
export const officeDistricts = pgTable('office_districts', {
  kato: char('kato', { length: 9 })
    .primaryKey()
    .references(() => regions.kato),
  officeId: uuid('office_id')
    .notNull()
    .references(() => employmentOffices.id),
});

/** Recipients of goods and services (услугополучатели), identified by IIN. */
export const recipients = pgTable(
  'recipients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    iin: char('iin', { length: 12 }).notNull().unique(),
    fullName: text('full_name').notNull(),
    phone: text('phone'),
    address: text('address'),
    kato: char('kato', { length: 9 }).references(() => regions.kato),
    disabilityGroup: text('disability_group', { enum: ['1', '2', '3', 'child'] }),
    lifeStatus: text('life_status', { enum: ['active', 'deceased', 'departed'] })
      .notNull()
      .default('active'),
    /** Date of death or departure, as E-Sobes reported it. */
    lifeStatusOn: date('life_status_on'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('recipients_kato_idx').on(t.kato)],
);

export type Provider = typeof providers.$inferSelect;
export type EmploymentOffice = typeof employmentOffices.$inferSelect;
export type Recipient = typeof recipients.$inferSelect;
