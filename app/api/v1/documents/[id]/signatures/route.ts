import { getDb } from '@/db';
import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { submitSignature } from '@/lib/documents/submit-signature';
import { fromBase64 } from '@/lib/signatures/bytes';
import { loadTrustStore } from '@/lib/signatures/trust-config';

export const POST = handle(endpoints.submitSignature, async ({ actor, params, body }) => {
  const result = await submitSignature(getDb(), actor, params.id, fromBase64(body.cms), loadTrustStore());
  return { signatureId: result.signatureId, documentStatus: result.documentStatus };
});
