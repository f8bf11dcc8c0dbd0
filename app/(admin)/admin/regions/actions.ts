'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { addDistrict, renameRegion } from '@/lib/regions/manage-regions';
import { districtInputSchema, regionNamesInputSchema } from '@/lib/regions/schemas';
import { errorState, formValues, parseForm, type AdminFormState } from '../form-state';

export async function renameRegionAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = formValues(formData, ['kato', 'nameKk', 'nameRu', 'nameEn']);
  try {
    const actor = await requireActionActor('regions.manage');
    const input = parseForm(regionNamesInputSchema, values);
    await renameRegion(getDb(), actor, input);
    revalidatePath('/admin/regions', 'layout');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, values);
  }
}

export async function addDistrictAction(_prev: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = formValues(formData, ['parentKato', 'kato', 'nameKk', 'nameRu', 'nameEn']);
  try {
    const actor = await requireActionActor('regions.manage');
    const input = parseForm(districtInputSchema, values);
    await addDistrict(getDb(), actor, input);
    revalidatePath('/admin/regions', 'layout');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, values);
  }
}
