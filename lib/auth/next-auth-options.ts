import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { isAppError } from '@/lib/errors';
import { authenticate } from './authenticate';
import { credentialsSchema, signatureCredentialsSchema } from './schemas';
import { authenticateWithSignature } from './signature-sign-in';
import { fromBase64 } from '@/lib/signatures/bytes';
import { loadTrustStore } from '@/lib/signatures/trust-config';
import { clientAddress } from './client-address';
import { authSecret } from './secret';
import { smsCodeCredentialsSchema, verifySmsCode } from './sms-code-sign-in';
import { now } from '@/lib/clock';

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
      CredentialsProvider({
        id: 'signature',
        name: 'digital signature',
        credentials: { nonce: { type: 'text' }, cms: { type: 'text' } },
        async authorize(credentials, req) {
          const parsed = signatureCredentialsSchema.safeParse(credentials);
          if (!parsed.success) throw new Error('signatures.failures.malformed');
          const headers = new Headers(req.headers as Record<string, string>);
          try {
            const user = await authenticateWithSignature(
              getDb(),
              { nonce: parsed.data.nonce, cms: fromBase64(parsed.data.cms), ip: clientAddress(headers) },
              loadTrustStore(),
            );
            return { id: user.id, role: user.role, sessionVersion: user.sessionVersion };
          } catch (error) {
            // The message key tells the sign-in page exactly what to say.
            if (isAppError(error)) throw new Error(error.detailKey);
            throw error;
          }
        },
      }),
      CredentialsProvider({
        id: 'sms-code',
        name: 'one-time code by SMS',
        credentials: { iin: { type: 'text' }, code: { type: 'text' } },
        async authorize(credentials, req) {
          const parsed = smsCodeCredentialsSchema.safeParse(credentials);
          if (!parsed.success) throw new Error('invalid_code');
          const headers = new Headers(req.headers as Record<string, string>);
          try {
            const user = await verifySmsCode(getDb(), parsed.data.iin, parsed.data.code, clientAddress(headers), now());
            if (!user) throw new Error('invalid_code');
            return { id: user.id, role: user.role, sessionVersion: user.sessionVersion };
          } catch (error) {
            // The sign-in form turns the code into its message.
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
