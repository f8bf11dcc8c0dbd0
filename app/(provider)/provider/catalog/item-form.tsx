'use client';

import { useActionState, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { TextField } from '@/components/ui/text-field';
import type { ActionState } from '@/lib/forms/action-state';
import { useSubmitWithoutReset } from '@/lib/forms/use-submit-without-reset';
import { isLocale } from '@/lib/i18n/config';
import { displayTenge } from '@/lib/i18n/format';
import { echoed, echoedChecked } from '@/lib/forms/echo';
import { createCatalogItemAction, updateCatalogItemAction } from '../actions';
import { FieldError } from '@/components/ui/field-error';

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
  const rawLocale = useLocale();
  const locale = isLocale(rawLocale) ? rawLocale : 'ru';
  const onSubmit = useSubmitWithoutReset(action);
  // Controlled: a form reset after a refused save must not lose the choice, and the guaranteed
  // sum of the chosen entry is shown beside the price as soon as it is chosen.
  const [code, setCode] = useState(item?.classifierCode ?? '');
  const current = classifier.find((c) => c.code === code);
  return (
    <form action={action} onSubmit={onSubmit} className="grid max-w-2xl gap-4" noValidate>
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
            value={code}
            onChange={(event) => setCode(event.target.value)}
            className="min-h-11 rounded border-2 border-slate-500 bg-white px-3 py-2"
            aria-invalid={err('classifierCode') ? true : undefined}
            aria-describedby={err('classifierCode') ? 'item-code-error' : 'item-code-hint'}
          >
            <option value="" disabled>
              {t('chooseEntry')}
            </option>
            {classifier.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name} ({c.code}){c.guaranteedSum ? ` — ${t('sumShort', { sum: displayTenge(c.guaranteedSum, locale) })}` : ''}
              </option>
            ))}
          </select>
          <p id="item-code-hint" className="text-sm text-slate-700">
            {t('entryHint')}
          </p>
          <FieldError id="item-code-error" message={err('classifierCode')} />
        </div>
      )}
      <TextField id="item-name" name="name" label={t('itemName')} required defaultValue={echoed(state, 'name', item?.name)} error={err('name')} />
      <TextField id="item-model" name="model" label={t('itemModel')} defaultValue={echoed(state, 'model', item?.model)} error={err('model')} />
      <div className="flex flex-col gap-1">
        <label htmlFor="item-description" className="font-semibold">
          {t('itemDescription')}
        </label>
        <textarea
          id="item-description"
          name="description"
          rows={4}
          defaultValue={echoed(state, 'description', item?.description)}
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
        hint={current?.guaranteedSum ? t('priceHintWithSum', { sum: displayTenge(current.guaranteedSum, locale) }) : t('priceHint')}
        required
        defaultValue={echoed(state, 'price', item?.price)}
        error={err('price')}
      />
      <TextField id="item-stock" name="stock" inputMode="numeric" label={t('itemStock')} hint={t('stockHint')} defaultValue={echoed(state, 'stock', item?.stock)} error={err('stock')} />
      <fieldset className="flex flex-col gap-1" aria-describedby={err('delivery') ? 'item-delivery-error' : undefined}>
        <legend className="font-semibold">{t('howDelivered')}</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="delivery" defaultChecked={echoedChecked(state, 'delivery', item?.delivery ?? false)} className="h-5 w-5" />
          {t('delivery')}
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="pickup" defaultChecked={echoedChecked(state, 'pickup', item?.pickup ?? false)} className="h-5 w-5" />
          {t('pickup')}
        </label>
        <FieldError id="item-delivery-error" message={err('delivery')} />
      </fieldset>
      <TextField id="item-lead" name="leadTimeDays" inputMode="numeric" label={t('itemLeadTime')} required defaultValue={echoed(state, 'leadTimeDays', item?.leadTimeDays)} error={err('leadTimeDays')} />
      <div>
        <Button type="submit" disabled={pending}>
          {item?.id ? t('saveItem') : t('addItem')}
        </Button>
      </div>
    </form>
  );
}
