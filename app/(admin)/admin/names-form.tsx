'use client';

import { useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';

const idle: ActionState = { status: 'idle' };

/**
 * Edits a record's names in Kazakh, Russian and English (a classifier entry, a region). The
 * record's key travels as a hidden field; each input is marked with its language.
 */
export function NamesForm({
  action: serverAction,
  keyField,
  initial,
  idPrefix,
  labels,
  maxLength = 300,
}: {
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  keyField: { name: string; value: string };
  initial: { nameKk: string; nameRu: string; nameEn: string };
  idPrefix: string;
  labels: { nameKk: string; nameRu: string; nameEn: string; submit: string; saved: string; notSaved: string };
  maxLength?: number;
}) {
  const [state, action, pending] = useActionState(serverAction, idle);
  const err = (field: string) => state.fieldErrors?.[field];
  const value = (field: 'nameKk' | 'nameRu' | 'nameEn') => echoed(state, field, initial[field]);
  return (
    <form action={action} className="grid max-w-xl gap-4" noValidate>
      {state.status === 'error' ? <Alert tone="error" title={labels.notSaved}>{state.message}</Alert> : null}
      {state.status === 'saved' ? <Alert tone="success" title={labels.saved} /> : null}
      <input type="hidden" name={keyField.name} value={keyField.value} />
      <TextField id={`${idPrefix}-name-kk`} name="nameKk" lang="kk" label={labels.nameKk} required maxLength={maxLength} defaultValue={value('nameKk')} error={err('nameKk')} />
      <TextField id={`${idPrefix}-name-ru`} name="nameRu" lang="ru" label={labels.nameRu} required maxLength={maxLength} defaultValue={value('nameRu')} error={err('nameRu')} />
      <TextField id={`${idPrefix}-name-en`} name="nameEn" lang="en" label={labels.nameEn} required maxLength={maxLength} defaultValue={value('nameEn')} error={err('nameEn')} />
      <div>
        <Button type="submit" disabled={pending}>
          {labels.submit}
        </Button>
      </div>
    </form>
  );
}
