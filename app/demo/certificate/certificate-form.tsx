'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { echoed } from '@/lib/forms/echo';
import { issueTestCertificateAction, type CertificateState } from './actions';

export function CertificateForm() {
  const t = useTranslations('demoCertificate');
  const [state, action, pending] = useActionState<CertificateState, FormData>(issueTestCertificateAction, { status: 'idle' });
  const err = (f: string) => state.fieldErrors?.[f];
  return (
    <div className="space-y-6">
      <form action={action} className="grid max-w-xl gap-4" noValidate>
        {state.status === 'error' ? <Alert tone="error" title={t('notIssued')}>{state.message}</Alert> : null}
        <TextField id="cert-iin" name="iin" defaultValue={echoed(state, "iin", "")} inputMode="numeric" autoComplete="off" label={t('iin')} required error={err('iin')} />
        <TextField id="cert-name" name="fullName" defaultValue={echoed(state, "fullName", "")} autoComplete="off" label={t('fullName')} required error={err('fullName')} />
        <TextField id="cert-bin" name="bin" defaultValue={echoed(state, "bin", "")} inputMode="numeric" autoComplete="off" label={t('bin')} hint={t('binHint')} error={err('bin')} />
        <TextField id="cert-org" name="organisation" defaultValue={echoed(state, "organisation", "")} autoComplete="off" label={t('organisation')} error={err('organisation')} />
        <div>
          <Button type="submit" disabled={pending}>
            {t('issue')}
          </Button>
        </div>
      </form>
      {state.issued ? (
        <Alert tone="success" title={t('issued')}>
          <p>{t('password', { password: state.issued.password })}</p>
          <ul className="mt-2 ml-5 list-disc">
            <li>
              <a className="underline" download={`${state.issued.iin}-sign.p12`} href={`data:application/x-pkcs12;base64,${state.issued.sign}`}>
                {t('downloadSign')}
              </a>
            </li>
            <li>
              <a className="underline" download={`${state.issued.iin}-auth.p12`} href={`data:application/x-pkcs12;base64,${state.issued.auth}`}>
                {t('downloadAuth')}
              </a>
            </li>
          </ul>
        </Alert>
      ) : null}
    </div>
  );
}
