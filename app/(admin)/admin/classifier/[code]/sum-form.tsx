'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { addGuaranteedSumAction } from '../actions';

const idle: ActionState = { status: 'idle' };

/** A new guaranteed sum from a date, never earlier than today (the server checks it again). */
export function AddSumForm({ code, today }: { code: string; today: string }) {
  const t = useTranslations('adminClassifier');
  const [state, action, pending] = useActionState(addGuaranteedSumAction, idle);
  const err = (field: string) => state.fieldErrors?.[field];
  return (
    <form action={action} className="grid max-w-xl gap-4" noValidate>
      {state.status === 'error' ? <Alert tone="error" title={t('sumNotSaved')}>{state.message}</Alert> : null}
      {state.status === 'saved' ? <Alert tone="success" title={t('sumSaved')} /> : null}
      {err('code') ? <Alert tone="error" title={err('code')!} /> : null}
      <input type="hidden" name="code" value={code} />
      <TextField
        id="sum-amount"
        name="amount"
        inputMode="decimal"
        autoComplete="off"
        label={t('amount')}
        hint={t('amountHint')}
        required
        defaultValue={echoed(state, 'amount', '')}
        error={err('amount')}
      />
      <TextField
        id="sum-valid-from"
        name="validFrom"
        type="date"
        min={today}
        label={t('validFrom')}
        hint={t('validFromHint', { today })}
        required
        defaultValue={echoed(state, 'validFrom', '')}
        error={err('validFrom')}
      />
      <div>
        <Button type="submit" disabled={pending}>
          {t('addSum')}
        </Button>
      </div>
    </form>
  );
}
