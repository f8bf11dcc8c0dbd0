import { customType } from 'drizzle-orm/pg-core';

/** bytea as Uint8Array on both drivers (postgres.js hands back a Buffer). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => new Uint8Array(value),
});
