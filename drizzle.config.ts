import { defineConfig } from 'drizzle-kit';

// Migrations are generated here and applied at start-up by db/migrate.ts on both PGlite and PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
