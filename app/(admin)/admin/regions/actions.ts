'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { addDistrict, renameRegion } from '@/lib/regions/manage-regions';
import { districtInputSchema, regionNamesInputSchema } from '@/lib/regions/schemas';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';

export async function renameRegionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formFields(formData, ['kato', 'nameKk', 'nameRu', 'nameEn']);
  try {
    const actor = await requireActionActor('regions.manage');
    const input = parseOrFail(regionNamesInputSchema, values);
    await renameRegion(getDb(), actor, input);
    revalidatePath('/admin/regions', 'layout');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, formData);
  }
}

export async function addDistrictAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formFields(formData, ['parentKato', 'kato', 'nameKk', 'nameRu', 'nameEn']);
  try {
    const actor = await requireActionActor('regions.manage');
    const input = parseOrFail(districtInputSchema, values);
    await addDistrict(getDb(), actor, input);
    revalidatePath('/admin/regions', 'layout');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, formData);
  }
}
