import NextAuth from 'next-auth';
import { getAuthOptions } from '@/lib/auth/next-auth-options';

// Options are built per request so the secret is read at run time, not at build time.
function handler(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(getAuthOptions())(request, context);
}

export { handler as GET, handler as POST };
