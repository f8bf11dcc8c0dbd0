'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { reapplyAction } from '../actions';

type Details = Record<'name' | 'legalAddress' | 'phone' | 'email' | 'iban' | 'bik' | 'bankName', string>;

export function ReapplyForm({ details }: { details: Details }) {
  const t = useTranslations('register');
  const tc = useTranslations('providerCabinet');
  const [state, action, pending] = useActionState<ActionState, FormData>(reapplyAction, { status: 'idle' });
  const err = (f: string) => state.fieldErrors?.[f];
  const field = (name: keyof Details, label: string, extra: Record<string, string> = {}) => (
    <TextField id={`re-${name}`} name={name} label={label} required defaultValue={echoed(state, name, details[name])} error={err(name)} {...extra} />
  );
  return (
    <form action={action} className="grid max-w-2xl gap-4" noValidate>
      <FormStatus state={state} savedTitle="" errorTitle={tc('notSaved')} />
      {field('name', t('name'))}
      {field('legalAddress', t('legalAddress'))}
      {field('phone', t('phone'), { type: 'tel' })}
      {field('email', t('email'), { type: 'email' })}
      {field('iban', t('iban'))}
      {field('bik', t('bik'))}
      {field('bankName', t('bankName'))}
      <div>
        <Button type="submit" disabled={pending}>
          {tc('reapply')}
        </Button>
      </div>
    </form>
  );
}
