import { defineConfig } from 'vitest/config';
import path from 'node:path';

const alias = { '@': path.resolve(import.meta.dirname) };
// `server-only` throws outside a React server bundle; tests import server modules directly.
const serverOnlyStub = { 'server-only': path.resolve(import.meta.dirname, 'tests/support/server-only-stub.ts') };

export default defineConfig({
  resolve: { alias: { ...alias, ...serverOnlyStub } },
  test: {
    projects: [
      {
        resolve: { alias: { ...alias, ...serverOnlyStub } },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        resolve: { alias: { ...alias, ...serverOnlyStub } },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve: { alias: { ...alias, ...serverOnlyStub } },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
