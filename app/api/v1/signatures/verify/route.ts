import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { now } from '@/lib/clock';
import { translateKey } from '@/lib/i18n/translator';
import { fromBase64 } from '@/lib/signatures/bytes';
import { loadTrustStore } from '@/lib/signatures/trust-config';
import { verifyDetachedCms } from '@/lib/signatures/verify-cms';

// Public and side-effect free: it says who signed and whether it holds, and stores nothing.
export const POST = handle(endpoints.verifySignature, async ({ body, locale }) => {
  const result = await verifyDetachedCms({
    cms: fromBase64(body.cms),
    content: fromBase64(body.content),
    trust: loadTrustStore(),
    purpose: 'document',
    receivedAt: now(),
    maxAgeMs: null,
  });
  return {
    valid: result.valid,
    failure: result.failure,
    message: translateKey(locale, result.valid ? 'verify.holds' : `signatures.failures.${result.failure}`),
    contentSha256: result.contentSha256,
    signingTime: result.signingTime,
    signer: result.signer,
    checks: result.checks,
    revocation: result.revocation,
  };
});
