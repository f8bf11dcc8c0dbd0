'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import type { ActionState } from '@/lib/forms/action-state';
import { echoedChecked } from '@/lib/forms/echo';
import { setServiceRegionsAction } from '../actions';

interface Area {
  kato: string;
  name: string;
  districts: { kato: string; name: string }[];
}

/** One fieldset per oblast or city: the whole of it, or some of its districts. */
export function RegionsForm({ areas, selected }: { areas: Area[]; selected: string[] }) {
  const t = useTranslations('providerCabinet');
  const [state, action, pending] = useActionState<ActionState, FormData>(setServiceRegionsAction, { status: 'idle' });
  const chosen = new Set(selected);
  return (
    <form action={action} className="space-y-4">
      <FormStatus state={state} savedTitle={t('regionsSaved')} errorTitle={t('notSaved')} />
      {state.fieldErrors?.katos ? <p className="font-semibold text-red-800">{state.fieldErrors.katos}</p> : null}
      <div className="grid gap-4 md:grid-cols-2">
        {areas.map((area) => (
          <fieldset key={area.kato} className="rounded border border-slate-300 bg-white p-3">
            <legend className="px-1 font-semibold">{area.name}</legend>
            <label className="flex min-h-11 items-center gap-2 font-semibold">
              <input type="checkbox" name="kato" value={area.kato} defaultChecked={echoedChecked(state, 'kato', chosen.has(area.kato), area.kato)} className="h-5 w-5" />
              {t('wholeArea', { name: area.name })} <span className="font-normal text-slate-700">({area.kato})</span>
            </label>
            {area.districts.length > 0 ? (
              <details className="mt-1" open={area.districts.some((d) => chosen.has(d.kato))}>
                <summary className="min-h-11 cursor-pointer py-2 underline">{t('someDistricts', { count: area.districts.length })}</summary>
                <ul className="ml-4">
                  {area.districts.map((d) => (
                    <li key={d.kato}>
                      <label className="flex min-h-11 items-center gap-2">
                        <input type="checkbox" name="kato" value={d.kato} defaultChecked={echoedChecked(state, 'kato', chosen.has(d.kato), d.kato)} className="h-5 w-5" />
                        {d.name} <span className="text-slate-700">({d.kato})</span>
                      </label>
                    </li>
                  ))}
                </ul>
              </details>
            ) : null}
          </fieldset>
        ))}
      </div>
      <Button type="submit" disabled={pending}>
        {t('saveRegions')}
      </Button>
    </form>
  );
}
