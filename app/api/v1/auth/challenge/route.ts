import { getDb } from '@/db';
import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { issueSignInChallenge } from '@/lib/auth/signature-sign-in';
import { formatInstantAlmaty } from '@/lib/calendar';

export const POST = handle(endpoints.signInChallenge, async () => {
  const { nonce, challenge, expiresAt } = await issueSignInChallenge(getDb());
  return { nonce, challenge: Buffer.from(challenge).toString('base64'), expiresAt: formatInstantAlmaty(expiresAt) };
});
