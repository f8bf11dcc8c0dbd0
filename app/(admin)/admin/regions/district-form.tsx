'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/forms/action-state';
import { echoed } from '@/lib/forms/echo';
import { addDistrictAction } from './actions';
import { FieldError } from '@/components/ui/field-error';

const idle: ActionState = { status: 'idle' };

/**
 * A new district under an oblast or city. With one possible parent (on that region's own page)
 * the parent is named rather than offered in a list.
 */
export function AddDistrictForm({ parents, idPrefix = 'district' }: { parents: { kato: string; name: string }[]; idPrefix?: string }) {
  const t = useTranslations('adminRegions');
  const [state, action, pending] = useActionState(addDistrictAction, idle);
  const err = (field: string) => state.fieldErrors?.[field];
  const previous = (field: string) => echoed(state, field, '');
  const only = parents.length === 1 ? parents[0] : undefined;
  const parentId = `${idPrefix}-parent`;
  return (
    <form action={action} className="grid max-w-xl gap-4" noValidate>
      {state.status === 'error' ? <Alert tone="error" title={t('districtNotAdded')}>{state.message}</Alert> : null}
      {state.status === 'saved' ? <Alert tone="success" title={t('districtAdded')} /> : null}
      {only ? (
        <>
          <input type="hidden" name="parentKato" value={only.kato} />
          <p>
            <span className="font-semibold">{t('parent')}:</span> {only.name} (<span className="font-mono">{only.kato}</span>)
          </p>
          {err('parentKato') ? (
            <p className="text-sm font-semibold text-red-800">
              <span aria-hidden="true">⚠ </span>
              {err('parentKato')}
            </p>
          ) : null}
        </>
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor={parentId} className="font-semibold">
            {t('parent')}
          </label>
          <select
            id={parentId}
            name="parentKato"
            required
            key={previous('parentKato') ?? ''}
            defaultValue={previous('parentKato') ?? ''}
            aria-invalid={err('parentKato') ? true : undefined}
            aria-describedby={err('parentKato') ? `${parentId}-error` : undefined}
            className={`min-h-11 rounded border-2 bg-white px-3 py-2 ${err('parentKato') ? 'border-red-700' : 'border-slate-500'}`}
          >
            <option value="">{t('chooseParent')}</option>
            {parents.map((p) => (
              <option key={p.kato} value={p.kato}>
                {p.name} ({p.kato})
              </option>
            ))}
          </select>
          <FieldError id={`${parentId}-error`} message={err('parentKato')} />
        </div>
      )}
      <TextField
        id={`${idPrefix}-kato`}
        name="kato"
        inputMode="numeric"
        autoComplete="off"
        maxLength={9}
        label={t('districtKato')}
        hint={t('districtKatoHint')}
        required
        defaultValue={previous('kato')}
        error={err('kato')}
      />
      <TextField id={`${idPrefix}-name-kk`} name="nameKk" lang="kk" label={t('nameKk')} required maxLength={200} defaultValue={previous('nameKk')} error={err('nameKk')} />
      <TextField id={`${idPrefix}-name-ru`} name="nameRu" lang="ru" label={t('nameRu')} required maxLength={200} defaultValue={previous('nameRu')} error={err('nameRu')} />
      <TextField id={`${idPrefix}-name-en`} name="nameEn" lang="en" label={t('nameEn')} required maxLength={200} defaultValue={previous('nameEn')} error={err('nameEn')} />
      <div>
        <Button type="submit" disabled={pending}>
          {t('addDistrict')}
        </Button>
      </div>
    </form>
  );
}
