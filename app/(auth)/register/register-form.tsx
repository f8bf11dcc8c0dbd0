'use client';

import { useActionState, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { registerProviderAction } from './actions';

export function RegisterForm() {
  const t = useTranslations('register');
  const [state, action, pending] = useActionState<ActionState, FormData>(registerProviderAction, { status: 'idle' });
  const [kind, setKind] = useState<'organisation' | 'entrepreneur'>('organisation');
  const err = (f: string) => state.fieldErrors?.[f];
  return (
    <form action={action} className="grid max-w-2xl gap-6" noValidate>
      <FormStatus state={state} savedTitle="" errorTitle={t('notRegistered')} />
      <fieldset className="flex flex-col gap-1">
        <legend className="font-semibold">{t('kind')}</legend>
        {(['organisation', 'entrepreneur'] as const).map((k) => (
          <label key={k} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="h-5 w-5" />
            {t(`kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="grid gap-4">
        <legend className="mb-2 text-lg font-semibold">{t('organisation')}</legend>
        {kind === 'organisation' ? <TextField id="reg-bin" name="bin" defaultValue={echoed(state, "bin", "")} inputMode="numeric" autoComplete="off" label={t('bin')} required error={err('bin')} /> : null}
        <TextField id="reg-name" name="name" defaultValue={echoed(state, "name", "")} autoComplete="organization" label={t('name')} hint={t('nameHint')} required error={err('name')} />
        <TextField id="reg-address" name="legalAddress" defaultValue={echoed(state, "legalAddress", "")} autoComplete="street-address" label={t('legalAddress')} required error={err('legalAddress')} />
        <TextField id="reg-phone" name="phone" defaultValue={echoed(state, "phone", "")} type="tel" autoComplete="tel" label={t('phone')} hint={t('phoneHint')} required error={err('phone')} />
        <TextField id="reg-email" name="email" defaultValue={echoed(state, "email", "")} type="email" autoComplete="email" label={t('email')} required error={err('email')} />
      </fieldset>
      <fieldset className="grid gap-4">
        <legend className="mb-2 text-lg font-semibold">{t('bank')}</legend>
        <TextField id="reg-iban" name="iban" defaultValue={echoed(state, "iban", "")} autoComplete="off" label={t('iban')} hint={t('ibanHint')} required error={err('iban')} />
        <TextField id="reg-bik" name="bik" defaultValue={echoed(state, "bik", "")} autoComplete="off" label={t('bik')} hint={t('bikHint')} required error={err('bik')} />
        <TextField id="reg-bank" name="bankName" defaultValue={echoed(state, "bankName", "")} autoComplete="off" label={t('bankName')} required error={err('bankName')} />
      </fieldset>
      <fieldset className="grid gap-4">
        <legend className="mb-2 text-lg font-semibold">{kind === 'organisation' ? t('head') : t('entrepreneurPerson')}</legend>
        <TextField id="reg-head-iin" name="headIin" defaultValue={echoed(state, "headIin", "")} inputMode="numeric" autoComplete="off" label={t('headIin')} hint={t('headIinHint')} required error={err('headIin')} />
        <TextField id="reg-head-name" name="headName" defaultValue={echoed(state, "headName", "")} autoComplete="name" label={t('headName')} required error={err('headName')} />
        <TextField id="reg-password" name="password" type="password" autoComplete="new-password" label={t('password')} hint={t('passwordHint')} required error={err('password')} />
        <TextField id="reg-password2" name="passwordConfirm" type="password" autoComplete="new-password" label={t('passwordConfirm')} required error={err('passwordConfirm')} />
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {t('submit')}
        </Button>
      </div>
    </form>
  );
}
