import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['.next/**', '.next-*/**', 'node_modules/**', '.data/**', 'db/migrations/**', 'next-env.d.ts'],
  },
  {
    rules: {
      // Time comes from lib/clock.ts only, so CLOCK_START moves every deadline and test.
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Use now() from lib/clock.ts.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Use now() from lib/clock.ts.' },
      ],
      // Money is decimal.js built from strings (lib/money.ts), never parsed to a float.
      'no-restricted-globals': ['error', { name: 'parseFloat', message: 'Money is decimal.js: use lib/money.ts.' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Process settings are read in one validated place.
    files: ['app/**', 'components/**', 'lib/**', 'db/**'],
    ignores: ['lib/env.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read settings from lib/env.ts.' }],
    },
  },
  {
    files: ['tests/**'],
    rules: { 'no-restricted-syntax': 'off' },
  },
];

export default config;
