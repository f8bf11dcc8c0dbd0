import { getDb } from '@/db';
import { endpoints } from '@/lib/api/contract';
import { handle } from '@/lib/api/handle';
import { issueApiToken } from '@/lib/auth/actor';
import { authenticate } from '@/lib/auth/authenticate';
import { clientAddress } from '@/lib/auth/client-address';
import { formatInstantAlmaty } from '@/lib/calendar';

export const POST = handle(endpoints.issueToken, async ({ body, request }) => {
  const db = getDb();
  const user = await authenticate(db, { ...body, ip: clientAddress(request.headers), channel: 'api' });
  const { token, expiresAt } = await issueApiToken(db, user);
  return { token, expiresAt: formatInstantAlmaty(expiresAt) };
});
