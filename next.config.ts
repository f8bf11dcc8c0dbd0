import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { env } from './lib/env';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

// Headers that do not depend on the request; the CSP with its per-request nonce is set in proxy.ts.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  ...(env.DEPLOYMENT === 'production'
    ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' }]
    : []),
];

const nextConfig: NextConfig = {
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Catalog photos (2 MiB each) and officers' IPR files (8 MiB), checked again in the domain; the default is 1 MB.
  experimental: { serverActions: { bodySizeLimit: '9mb' } },
  // Native and WASM packages load their own files at run time: keep them out of the bundle.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'postgres', '@peculiar/x509', 'reflect-metadata', 'tsyringe', 'pkijs', 'asn1js', 'node-forge', 'pg-boss', 'pg'],
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
