'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FileField } from '@/components/ui/file-field';
import { TextField } from '@/components/ui/text-field';
import { KeystorePasswordError } from '@/lib/signatures/keystore';
import { NcaLayerSigner } from '@/lib/signatures/ncalayer-signer';
import { signWithKeystore } from '@/lib/signatures/sign-with-keystore';
import { SignerError } from '@/lib/signatures/signer';
import { useLocale } from 'next-intl';
import { fromBase64, toBase64 } from '@/lib/signatures/bytes';



/**
 * Opens the person's PKCS#12 keystore in the browser and signs the document's canonical bytes
 * there; the key and the password never leave the device. The portal's time is used for the
 * signing time, so a demonstration clock (CLOCK_START) and the signature agree.
 */
export function BrowserSigner({
  documentId,
  contentBase64,
  serverNow,
  signer,
}: {
  documentId: string;
  contentBase64: string;
  serverNow: string;
  signer: { iin: string; bin?: string };
}) {
  const locale = useLocale();
  const t = useTranslations('documents');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const clockOffset = useRef(0);
  useEffect(() => {
    // eslint-disable-next-line no-restricted-syntax -- the portal's clock is measured against the device's
    clockOffset.current = Date.parse(serverNow) - Date.now();
  }, [serverNow]);

  async function submit(cms: Uint8Array): Promise<boolean> {
    const response = await fetch(`/api/v1/documents/${documentId}/signatures`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cms: toBase64(cms) }),
    });
    if (!response.ok) {
      const problem = (await response.json().catch(() => null)) as { detail?: string } | null;
      setError(problem?.detail ?? t('errors.unavailable'));
      return false;
    }
    router.refresh();
    return true;
  }

  /** The national desktop signer, offering only this signer's keys. */
  async function signWithNcaLayer() {
    setPending(true);
    setError(null);
    try {
      const ncaLocale = locale === 'kk' || locale === 'en' ? locale : 'ru';
      const cms = await new NcaLayerSigner({ locale: ncaLocale }).sign(fromBase64(contentBase64), { iin: signer.iin, ...(signer.bin ? { bin: signer.bin } : {}) });
      await submit(cms);
    } catch (caught) {
      setError(caught instanceof SignerError ? t(`errors.ncalayer.${caught.reason}` as 'errors.ncalayer.not_running') : t('errors.unavailable'));
    }
    setPending(false);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('keystore');
    const password = String(form.get('password') ?? '');
    if (!(file instanceof File) || file.size === 0 || !password) {
      setError(t('errors.missing'));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const cms = await signWithKeystore({
        keystore: new Uint8Array(await file.arrayBuffer()),
        password,
        content: fromBase64(contentBase64),
        // eslint-disable-next-line no-restricted-syntax -- device time corrected by the measured offset
        signingTime: new Date(Date.now() + clockOffset.current),
      });
      await submit(cms);
    } catch (caught) {
      setError(caught instanceof KeystorePasswordError ? t('errors.keystorePassword') : t('errors.unavailable'));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid max-w-xl gap-4">
      {error ? (
        <div id="signing-error">
          <Alert tone="error" title={t('notSigned')}>
            {error}
          </Alert>
        </div>
      ) : null}
      <FileField id="keystore" name="keystore" label={t('keystore')} hint={t('keystoreHint')} accept=".p12,.pfx,application/x-pkcs12" />
      <TextField id="keystore-password" name="password" type="password" label={t('keystorePassword')} autoComplete="off" />
      <p className="text-sm text-slate-700">{t('privacy')}</p>
      <Button type="submit" disabled={pending}>
        {pending ? t('signing') : t('sign')}
      </Button>
      <p className="text-sm text-slate-700">{t('ncalayerHint')}</p>
      <Button type="button" variant="secondary" disabled={pending} onClick={signWithNcaLayer}>
        {t('signWithNcaLayer')}
      </Button>
    </form>
  );
}
