'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/forms/action-state';
import { createCatalogItemAction, updateCatalogItemAction } from '../actions';

export interface ItemFormValues {
  id?: string;
  version?: number;
  classifierCode?: string;
  name?: string;
  model?: string | null;
  description?: string | null;
  price?: string;
  stock?: number | null;
  delivery?: boolean;
  pickup?: boolean;
  leadTimeDays?: number;
}

interface ClassifierOption {
  code: string;
  name: string;
  kind: 'goods' | 'service';
  guaranteedSum: string | null;
}

/** Adding or changing an item; the guaranteed sum in force is shown beside the price field. */
export function ItemForm({ item, classifier }: { item?: ItemFormValues; classifier: ClassifierOption[] }) {
  const t = useTranslations('providerCabinet');
  const [state, action, pending] = useActionState<ActionState, FormData>(item?.id ? updateCatalogItemAction : createCatalogItemAction, { status: 'idle' });
  const err = (field: string) => state.fieldErrors?.[field];
  const current = classifier.find((c) => c.code === item?.classifierCode);
  return (
    <form action={action} className="grid max-w-2xl gap-4" noValidate>
      <FormStatus state={state} savedTitle={t('itemSaved')} errorTitle={t('notSaved')} />
      {item?.id ? (
        <>
          <input type="hidden" name="id" value={item.id} />
          <input type="hidden" name="version" value={item.version} />
          <p>
            <span className="font-semibold">{t('classifierEntry')}:</span> {current?.name} ({item.classifierCode})
          </p>
        </>
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor="item-code" className="font-semibold">
            {t('classifierEntry')}
          </label>
          <select
            id="item-code"
            name="classifierCode"
            required
            defaultValue=""
            className="min-h-11 rounded border-2 border-slate-500 bg-white px-3 py-2"
            aria-invalid={err('classifierCode') ? true : undefined}
            aria-describedby={err('classifierCode') ? 'item-code-error' : 'item-code-hint'}
          >
            <option value="" disabled>
              {t('chooseEntry')}
            </option>
            {classifier.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} ({c.code}){c.guaranteedSum ? ` — ${t('sumShort', { sum: c.guaranteedSum })}` : ''}
              </option>
            ))}
          </select>
          <p id="item-code-hint" className="text-sm text-slate-700">
            {t('entryHint')}
          </p>
          {err('classifierCode') ? (
            <p id="item-code-error" className="text-sm font-semibold text-red-800">
              <span aria-hidden="true">⚠ </span>
              {err('classifierCode')}
            </p>
          ) : null}
        </div>
      )}
      <TextField id="item-name" name="name" label={t('itemName')} required defaultValue={item?.name ?? ''} error={err('name')} />
      <TextField id="item-model" name="model" label={t('itemModel')} defaultValue={item?.model ?? ''} error={err('model')} />
      <div className="flex flex-col gap-1">
        <label htmlFor="item-description" className="font-semibold">
          {t('itemDescription')}
        </label>
        <textarea
          id="item-description"
          name="description"
          rows={4}
          defaultValue={item?.description ?? ''}
          className="rounded border-2 border-slate-500 px-3 py-2"
          aria-invalid={err('description') ? true : undefined}
          aria-describedby={err('description') ? 'item-description-error' : undefined}
        />
        {err('description') ? (
          <p id="item-description-error" className="text-sm font-semibold text-red-800">
            {err('description')}
          </p>
        ) : null}
      </div>
      <TextField
        id="item-price"
        name="price"
        inputMode="decimal"
        label={t('itemPrice')}
        hint={current?.guaranteedSum ? t('priceHintWithSum', { sum: current.guaranteedSum }) : t('priceHint')}
        required
        defaultValue={item?.price ?? ''}
        error={err('price')}
      />
      <TextField id="item-stock" name="stock" inputMode="numeric" label={t('itemStock')} hint={t('stockHint')} defaultValue={item?.stock ?? ''} error={err('stock')} />
      <fieldset className="flex flex-col gap-1" aria-describedby={err('delivery') ? 'item-delivery-error' : undefined}>
        <legend className="font-semibold">{t('howDelivered')}</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="delivery" defaultChecked={item?.delivery ?? false} className="h-5 w-5" />
          {t('delivery')}
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="pickup" defaultChecked={item?.pickup ?? false} className="h-5 w-5" />
          {t('pickup')}
        </label>
        {err('delivery') ? (
          <p id="item-delivery-error" className="text-sm font-semibold text-red-800">
            <span aria-hidden="true">⚠ </span>
            {err('delivery')}
          </p>
        ) : null}
      </fieldset>
      <TextField id="item-lead" name="leadTimeDays" inputMode="numeric" label={t('itemLeadTime')} required defaultValue={item?.leadTimeDays ?? ''} error={err('leadTimeDays')} />
      <div>
        <Button type="submit" disabled={pending}>
          {item?.id ? t('saveItem') : t('addItem')}
        </Button>
      </div>
    </form>
  );
}
