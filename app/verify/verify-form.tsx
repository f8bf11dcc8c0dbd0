'use client';

import { useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FileField } from '@/components/ui/file-field';
import { DefinitionList } from '@/components/ui/page-header';
import { toBase64 } from '@/lib/signatures/bytes';

interface Result {
  valid: boolean;
  message: string;
  contentSha256: string;
  signingTime: string | null;
  signer: { subject: string; issuer: string; serialNumber: string; iin: string | null; bin: string | null } | null;
  checks: { check: string; result: 'passed' | 'failed' | 'not_checked' }[];
}


/** A signature file may be DER or base64 text (as the portal and NCALayer give it). */
function signatureBase64(bytes: Uint8Array): string {
  const text = new TextDecoder().decode(bytes).replace(/-----[A-Z0-9 ]+-----/g, '').replace(/\s+/g, '');
  return /^[A-Za-z0-9+/]+={0,2}$/.test(text) && text.length > 100 ? text : toBase64(bytes);
}

export function VerifyForm() {
  const t = useTranslations('verify');
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const documentFile = form.get('document');
    const signatureFile = form.get('signature');
    if (!(documentFile instanceof File) || documentFile.size === 0 || !(signatureFile instanceof File) || signatureFile.size === 0) {
      setError(t('missing'));
      return;
    }
    setPending(true);
    setError(null);
    setResult(null);
    const response = await fetch('/api/v1/signatures/verify', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        content: toBase64(new Uint8Array(await documentFile.arrayBuffer())),
        cms: signatureBase64(new Uint8Array(await signatureFile.arrayBuffer())),
      }),
    }).catch(() => null);
    setPending(false);
    if (!response) {
      setError(t('unavailable'));
      return;
    }
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      setError(body?.errors?.[0]?.message ?? body?.detail ?? t('unavailable'));
      return;
    }
    setResult(body as Result);
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} noValidate className="grid max-w-xl gap-4 rounded border border-slate-300 bg-white p-5">
        {error ? <Alert tone="error" title={t('notChecked')}>{error}</Alert> : null}
        <FileField id="verify-document" name="document" label={t('documentFile')} />
        <FileField id="verify-signature" name="signature" label={t('signatureFile')} />
        <Button type="submit" disabled={pending}>
          {pending ? t('checking') : t('check')}
        </Button>
      </form>
      {result ? (
        <section aria-labelledby="verify-result" aria-live="polite" className="space-y-4">
          <h2 id="verify-result" className="text-xl font-semibold">
            {t('result')}
          </h2>
          <Alert tone={result.valid ? 'success' : 'error'} title={result.valid ? t('valid') : t('invalid')}>
            {result.message}
          </Alert>
          <DefinitionList
            items={[
              { term: t('signerName'), value: result.signer?.subject ?? '—' },
              { term: t('iin'), value: result.signer?.iin ?? '—' },
              { term: t('bin'), value: result.signer?.bin ?? '—' },
              { term: t('issuer'), value: result.signer?.issuer ?? '—' },
              { term: t('signingTime'), value: result.signingTime ?? '—' },
              { term: t('digest'), value: <code className="break-all">{result.contentSha256}</code> },
            ]}
          />
          <table className="w-full max-w-xl border-collapse bg-white text-left">
            <caption className="mb-1 text-left font-semibold">{t('checks')}</caption>
            <tbody>
              {result.checks.map((c) => (
                <tr key={c.check} className="border-b border-slate-200">
                  <th scope="row" className="p-2 font-normal">
                    {t(`checkNames.${c.check}` as 'checkNames.digest')}
                  </th>
                  <td className="p-2">
                    <span aria-hidden="true">{c.result === 'passed' ? '✓ ' : c.result === 'failed' ? '✗ ' : '– '}</span>
                    {t(`checkResults.${c.result}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
