'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed, echoedChecked } from '@/lib/forms/echo';
import { inviteWorkerAction, removeWorkerAction } from '../actions';

const idle: ActionState = { status: 'idle' };

export function InviteWorkerForm() {
  const t = useTranslations('providerCabinet');
  const [state, action, pending] = useActionState(inviteWorkerAction, idle);
  const err = (f: string) => state.fieldErrors?.[f];
  return (
    <form action={action} className="grid max-w-xl gap-4" noValidate>
      <FormStatus state={state} savedTitle={t('workerInvited')} errorTitle={t('notSaved')} />
      <TextField id="worker-iin" name="iin" inputMode="numeric" autoComplete="off" label={t('workerIin')} defaultValue={echoed(state, 'iin', '')} required error={err('iin')} />
      <TextField id="worker-name" name="fullName" autoComplete="off" label={t('workerName')} defaultValue={echoed(state, 'fullName', '')} required error={err('fullName')} />
      <TextField id="worker-email" name="email" type="email" autoComplete="off" label={t('workerEmail')} defaultValue={echoed(state, 'email', '')} error={err('email')} />
      <fieldset className="flex flex-col gap-1">
        <legend className="font-semibold">{t('specialty')}</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" name="specialty" value="assistant" defaultChecked={echoedChecked(state, 'specialty', true, 'assistant') || !echoedChecked(state, 'specialty', false, 'sign_language')} className="h-5 w-5" />
          {t('specialties.assistant')}
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" name="specialty" value="sign_language" defaultChecked={echoedChecked(state, 'specialty', false, 'sign_language')} className="h-5 w-5" />
          {t('specialties.sign_language')}
        </label>
      </fieldset>
      <div>
        <Button type="submit" disabled={pending}>
          {t('inviteWorker')}
        </Button>
      </div>
    </form>
  );
}

export function RemoveWorkerButton({ userId, name }: { userId: string; name: string }) {
  const t = useTranslations('providerCabinet');
  const [state, action, pending] = useActionState(removeWorkerAction, idle);
  return (
    <form action={action}>
      <input type="hidden" name="userId" value={userId} />
      <Button type="submit" variant="danger" disabled={pending} aria-label={t('removeWorkerNamed', { name })}>
        {t('removeWorker')}
      </Button>
      {state.status === 'error' ? <p role="alert" className="text-sm font-semibold text-red-800">{state.message}</p> : null}
    </form>
  );
}
