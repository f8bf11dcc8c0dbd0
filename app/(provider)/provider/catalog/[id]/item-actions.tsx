'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { addPhotoAction, removePhotoAction, withdrawCatalogItemAction } from '../../actions';
import { FieldError } from '@/components/ui/field-error';

const idle: ActionState = { status: 'idle' };

export function AddPhotoForm({ itemId }: { itemId: string }) {
  const t = useTranslations('providerCabinet');
  const [state, action, pending] = useActionState(addPhotoAction, idle);
  const err = (f: string) => state.fieldErrors?.[f];
  return (
    <form action={action} className="grid max-w-xl gap-3" noValidate>
      <FormStatus state={state} savedTitle={t('photoAdded')} errorTitle={t('notSaved')} />
      <input type="hidden" name="id" value={itemId} />
      <div className="flex flex-col gap-1">
        <label htmlFor="photo-file" className="font-semibold">
          {t('photo')}
        </label>
        <p id="photo-hint" className="text-sm text-slate-700">
          {t('photoHint')}
        </p>
        <input
          id="photo-file"
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          className="min-h-11"
          aria-describedby={err('photo') ? 'photo-hint photo-error' : 'photo-hint'}
          aria-invalid={err('photo') ? true : undefined}
        />
        <FieldError id="photo-error" message={err('photo')} />
      </div>
      <TextField id="photo-alt" name="altText" label={t('photoAlt')} hint={t('photoAltHint')} defaultValue={echoed(state, 'altText', '')} required error={err('altText')} />
      <div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {t('addPhoto')}
        </Button>
      </div>
    </form>
  );
}

export function RemovePhotoButton({ photoId, label }: { photoId: string; label: string }) {
  const t = useTranslations('providerCabinet');
  const [state, action, pending] = useActionState(removePhotoAction, idle);
  return (
    <form action={action}>
      <input type="hidden" name="photoId" value={photoId} />
      <Button type="submit" variant="danger" disabled={pending} aria-label={label}>
        {t('removePhoto')}
      </Button>
      {state.status === 'error' ? <p role="alert" className="text-sm font-semibold text-red-800">{state.message}</p> : null}
    </form>
  );
}

export function WithdrawItemForm({ itemId }: { itemId: string }) {
  const t = useTranslations('providerCabinet');
  const [state, action, pending] = useActionState(withdrawCatalogItemAction, idle);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="id" value={itemId} />
      <p className="text-slate-700">{t('withdrawHint')}</p>
      <Button type="submit" variant="danger" disabled={pending}>
        {t('withdrawItem')}
      </Button>
      {state.status === 'error' ? <p role="alert" className="text-sm font-semibold text-red-800">{state.message}</p> : null}
    </form>
  );
}
