import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/db';
import { isAppError } from '@/lib/errors';
import { authenticate } from './authenticate';
import { clientAddress } from './client-address';
import { authSecret } from './secret';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: string; sv: number };
  }
  interface User {
    role: string;
    sessionVersion: number;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    uid?: string;
    role?: string;
    sv?: number;
  }
}

const credentialsSchema = z.object({ login: z.string().min(1).max(254), password: z.string().min(1).max(200) });

/** Short-lived JWT sessions; the session version inside is checked on every request (R15). */
export const SESSION_MAX_AGE_S = 2 * 60 * 60;

export function getAuthOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S, updateAge: 15 * 60 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    providers: [
      CredentialsProvider({
        id: 'credentials',
        name: 'password',
        credentials: { login: { type: 'text' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) throw new Error('invalid_credentials');
          const headers = new Headers(req.headers as Record<string, string>);
          try {
            const user = await authenticate(getDb(), { ...parsed.data, ip: clientAddress(headers), channel: 'web' });
            return { id: user.id, role: user.role, sessionVersion: user.sessionVersion };
          } catch (error) {
            // next-auth passes the message to the sign-in form as its error code.
            if (isAppError(error)) throw new Error(error.code);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = user.role;
          token.sv = user.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { id: token.uid ?? '', role: token.role ?? '', sv: token.sv ?? 0 };
        return session;
      },
    },
  };
}
