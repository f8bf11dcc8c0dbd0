'use client';

import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';

const knownErrors = ['invalid_credentials', 'rate_limited', 'account_disabled'] as const;

export function SignInForm() {
  const t = useTranslations('signIn');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const login = String(form.get('login') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!login || !password) {
      setError('missing');
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn('credentials', { login, password, redirect: false });
    if (result?.ok && !result.error) {
      // The home page sends each role to its own cabinet; refresh re-renders the header too.
      router.replace('/');
      router.refresh();
      return;
    }
    setPending(false);
    const code = knownErrors.find((c) => c === result?.error) ?? 'unavailable';
    setError(code);
  }

  return (
    <form id="password-sign-in" onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={error ? 'sign-in-error' : undefined}>
      {error ? (
        <div id="sign-in-error">
          <Alert tone="error" title={t(`errors.${error}` as 'errors.missing')} />
        </div>
      ) : null}
      <TextField id="login" name="login" label={t('login')} hint={t('loginHint')} autoComplete="username" required />
      <TextField id="password" name="password" type="password" label={t('password')} autoComplete="current-password" required />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t('submitting') : t('submit')}
      </Button>
    </form>
  );
}
