'use client';

import { useActionState, useEffect, useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { echoed } from '@/lib/forms/echo';
import { requestSmsCodeAction, type SmsCodeRequestState } from './actions';

const knownErrors = ['missing', 'invalid_code', 'rate_limited'] as const;
type CodeError = (typeof knownErrors)[number] | 'unavailable';

const idle: SmsCodeRequestState = { status: 'idle' };

function focus(id: string) {
  document.getElementById(id)?.focus();
}

/**
 * Signing a recipient in with a one-time code sent by SMS: step 1 asks for the IIN (a server
 * action asks for the code), step 2 for the code, which goes to next-auth's 'sms-code' provider.
 * The second step always says the same thing, whether or not a code was actually sent.
 */
export function SmsCodeSignInForm() {
  const t = useTranslations('signIn.smsCode');
  const router = useRouter();
  const [state, requestCode, requesting] = useActionState(requestSmsCodeAction, idle);
  // "Use another IIN" sets this to the state it leaves behind; a new request makes a new state.
  const [leftState, setLeftState] = useState<SmsCodeRequestState | null>(null);
  // An error belongs to the code it was about: a new code starts without one.
  const [codeErrorOf, setCodeErrorOf] = useState<{ request: SmsCodeRequestState; error: CodeError } | null>(null);
  const [signingIn, setSigningIn] = useState(false);

  const sentTo = state.status === 'saved' && state !== leftState ? state.iin : undefined;
  const codeError = codeErrorOf?.request === state ? codeErrorOf.error : null;
  const setCodeError = (error: CodeError | null) => setCodeErrorOf(error ? { request: state, error } : null);

  // Keyboard and screen-reader users continue where the next step starts.
  useEffect(() => {
    if (sentTo) focus('sms-code');
  }, [sentTo, state]);

  async function onSubmitCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!sentTo) return;
    const code = String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s/g, '');
    if (!/^\d{6}$/.test(code)) {
      setCodeError('missing');
      focus('sms-code');
      return;
    }
    setSigningIn(true);
    setCodeError(null);
    const result = await signIn('sms-code', { iin: sentTo, code, redirect: false });
    if (result?.ok && !result.error) {
      router.replace('/');
      router.refresh();
      return;
    }
    setSigningIn(false);
    setCodeError(knownErrors.find((c) => c === result?.error) ?? 'unavailable');
    focus('sms-code');
  }

  function chooseAnotherIin() {
    setLeftState(state);
    setCodeError(null);
    // The IIN field replaces the code field: focus follows.
    setTimeout(() => focus('sms-iin'), 0);
  }

  return (
    <section aria-labelledby="sms-sign-in-heading" className="space-y-4">
      <h2 id="sms-sign-in-heading" className="text-xl font-semibold">
        {t('heading')}
      </h2>
      <p className="text-slate-700">{t('intro')}</p>
      {sentTo ? (
        <>
          <Alert tone="info" title={t('sent', { iin: sentTo })}>
            {t('sentHint')}
          </Alert>
          <form id="sms-code-sign-in" onSubmit={onSubmitCode} noValidate className="space-y-4">
            {codeError ? (
              <div id="sms-code-sign-in-error">
                {/* A missing code is explained at the field itself. */}
                <Alert tone="error" title={t('failed')}>
                  {codeError === 'missing' ? null : t(`errors.${codeError}`)}
                </Alert>
              </div>
            ) : null}
            <TextField
              id="sms-code"
              name="code"
              label={t('code')}
              hint={t('codeHint')}
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]*"
              maxLength={6}
              required
              error={codeError === 'missing' ? t('errors.missing') : undefined}
            />
            <Button type="submit" variant="secondary" disabled={signingIn} className="w-full">
              {signingIn ? t('signingIn') : t('submit')}
            </Button>
          </form>
          <div className="flex flex-wrap gap-3">
            <form action={requestCode}>
              <input type="hidden" name="iin" value={sentTo} />
              <Button type="submit" variant="secondary" disabled={requesting}>
                {t('resend')}
              </Button>
            </form>
            <Button type="button" variant="secondary" onClick={chooseAnotherIin}>
              {t('otherIin')}
            </Button>
          </div>
        </>
      ) : (
        <form id="sms-code-request" action={requestCode} noValidate className="space-y-4">
          {state.status === 'error' ? (
            <Alert tone="error" title={t('notSent')}>
              {state.message}
            </Alert>
          ) : null}
          <TextField
            id="sms-iin"
            name="iin"
            label={t('iin')}
            hint={t('iinHint')}
            inputMode="numeric"
            autoComplete="username"
            maxLength={12}
            required
            defaultValue={echoed(state, 'iin', leftState?.iin ?? '')}
            error={state.fieldErrors?.iin}
          />
          <Button type="submit" variant="secondary" disabled={requesting} className="w-full">
            {requesting ? t('requesting') : t('request')}
          </Button>
        </form>
      )}
    </section>
  );
}
