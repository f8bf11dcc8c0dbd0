'use client';

import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FileField } from '@/components/ui/file-field';
import { TextField } from '@/components/ui/text-field';
import { KeystorePasswordError } from '@/lib/signatures/keystore';
import { signWithKeystore } from '@/lib/signatures/sign-with-keystore';
import { fromBase64, toBase64 } from '@/lib/signatures/bytes';



/** Signing in with the AUTH key: the portal's one-time challenge is signed on this device. */
export function SignatureSignInForm() {
  const t = useTranslations('signIn');
  const tAll = useTranslations();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('authKeystore');
    const password = String(form.get('authPassword') ?? '');
    if (!(file instanceof File) || file.size === 0 || !password) {
      setError(t('signature.missing'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const issued = await fetch('/api/v1/auth/challenge', { method: 'POST' });
      if (!issued.ok) throw new Error('challenge');
      const { nonce, challenge } = (await issued.json()) as { nonce: string; challenge: string };
      const cms = await signWithKeystore({
        keystore: new Uint8Array(await file.arrayBuffer()),
        password,
        content: fromBase64(challenge),
        // The challenge carries the portal's time; signing at that moment keeps the two in step.
        signingTime: new Date(JSON.parse(new TextDecoder().decode(fromBase64(challenge))).issuedAt),
      });
      const result = await signIn('signature', { nonce, cms: toBase64(cms), redirect: false });
      if (result?.ok && !result.error) {
        router.replace('/');
        router.refresh();
        return;
      }
      const key = result?.error ?? '';
      setError(tAll.has(key as never) ? tAll(key as never) : t('errors.unavailable'));
    } catch (caught) {
      setError(caught instanceof KeystorePasswordError ? t('signature.keystorePassword') : t('errors.unavailable'));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="signature-sign-in-heading">
      <h2 id="signature-sign-in-heading" className="text-xl font-semibold">
        {t('signature.heading')}
      </h2>
      {error ? (
        <div id="signature-sign-in-error">
          <Alert tone="error" title={t('signature.failed')}>
            {error}
          </Alert>
        </div>
      ) : null}
      <FileField id="auth-keystore" name="authKeystore" label={t('signature.keystore')} hint={t('signature.keystoreHint')} accept=".p12,.pfx,application/x-pkcs12" />
      <TextField id="auth-password" name="authPassword" type="password" label={t('signature.password')} autoComplete="off" />
      <Button type="submit" variant="secondary" disabled={pending} className="w-full">
        {pending ? t('submitting') : t('signature.submit')}
      </Button>
    </form>
  );
}
