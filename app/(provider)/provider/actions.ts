'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { createCatalogItem, updateCatalogItem, withdrawCatalogItem } from '@/lib/catalog/manage-items';
import { addCatalogItemPhoto, MAX_PHOTO_BYTES, removeCatalogItemPhoto } from '@/lib/catalog/photos';
import { catalogItemInputSchema, catalogItemPatchSchema } from '@/lib/catalog/schemas';
import { AppError } from '@/lib/errors';
import { errorState, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import { reapplyAfterRejection } from '@/lib/providers/registration';
import { providerDetailsSchema, serviceRegionsSchema, workerInviteSchema } from '@/lib/providers/schemas';
import { setServiceRegions } from '@/lib/providers/service-regions';
import { inviteWorker, removeWorker } from '@/lib/providers/workers';
import { plainText } from '@/lib/validation';

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
};
/** An empty number field is "not given"; anything else must read as a whole number. */
const whole = (form: FormData, name: string) => {
  const value = text(form, name)?.trim();
  if (!value) return null;
  return /^-?\d+$/.test(value) ? Number(value) : value;
};

function itemFields(form: FormData) {
  return {
    name: text(form, 'name'),
    model: text(form, 'model') || null,
    description: text(form, 'description') || null,
    price: text(form, 'price'),
    stock: whole(form, 'stock'),
    delivery: form.get('delivery') === 'on',
    pickup: form.get('pickup') === 'on',
    leadTimeDays: whole(form, 'leadTimeDays'),
  };
}

export async function createCatalogItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    const actor = await requireActionActor('catalog.manage');
    const input = parseOrFail(catalogItemInputSchema, { classifierCode: text(form, 'classifierCode'), ...itemFields(form) });
    id = (await createCatalogItem(getDb(), actor, input)).id;
  } catch (error) {
    return errorState(error, form);
  }
  revalidatePath('/provider/catalog');
  redirect(`/provider/catalog/${id}?saved=1`);
}

export async function updateCatalogItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('catalog.manage');
    const id = parseOrFail(z.uuid(), text(form, 'id'));
    const version = whole(form, 'version');
    const patch = parseOrFail(catalogItemPatchSchema, { ...itemFields(form), version: version ?? undefined });
    await updateCatalogItem(getDb(), actor, id, patch);
    revalidatePath(`/provider/catalog/${id}`);
    revalidatePath('/provider/catalog');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, form);
  }
}

export async function withdrawCatalogItemAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('catalog.manage');
    await withdrawCatalogItem(getDb(), actor, parseOrFail(z.uuid(), text(form, 'id')));
  } catch (error) {
    return errorState(error, form);
  }
  revalidatePath('/provider/catalog');
  redirect('/provider/catalog?withdrawn=1');
}

const altTextSchema = plainText().trim().min(3).max(200);

export async function addPhotoAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('catalog.manage');
    const id = parseOrFail(z.uuid(), text(form, 'id'));
    const altText = parseOrFail(z.object({ altText: altTextSchema }), { altText: text(form, 'altText') }).altText;
    const file = form.get('photo');
    if (!(file instanceof File) || file.size === 0) {
      throw new AppError('validation_failed', { fieldErrors: [{ field: 'photo', message: 'validation.required' }] });
    }
    if (file.size > MAX_PHOTO_BYTES) {
      throw new AppError('validation_failed', { fieldErrors: [{ field: 'photo', message: 'validation.photo_size', values: { max: MAX_PHOTO_BYTES / 1024 / 1024 } }] });
    }
    await addCatalogItemPhoto(getDb(), actor, id, new Uint8Array(await file.arrayBuffer()), altText);
    revalidatePath(`/provider/catalog/${id}`);
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, form);
  }
}

export async function removePhotoAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('catalog.manage');
    await removeCatalogItemPhoto(getDb(), actor, parseOrFail(z.uuid(), text(form, 'photoId')));
    revalidatePath('/provider/catalog', 'layout');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, form);
  }
}

export async function setServiceRegionsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('provider.manage');
    const { katos } = parseOrFail(serviceRegionsSchema, { katos: form.getAll('kato').filter((k) => typeof k === 'string') });
    await setServiceRegions(getDb(), actor, katos);
    revalidatePath('/provider', 'layout');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, form);
  }
}

export async function inviteWorkerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('provider.manage');
    const input = parseOrFail(workerInviteSchema, {
      iin: text(form, 'iin'),
      fullName: text(form, 'fullName'),
      email: text(form, 'email') || undefined,
      specialty: text(form, 'specialty'),
    });
    await inviteWorker(getDb(), actor, input);
    revalidatePath('/provider/workers');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, form);
  }
}

export async function removeWorkerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const actor = await requireActionActor('provider.manage');
    await removeWorker(getDb(), actor, parseOrFail(z.uuid(), text(form, 'userId')));
    revalidatePath('/provider/workers');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error, form);
  }
}

export async function reapplyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let applicationId: string;
  try {
    const actor = await requireActionActor('provider.manage');
    const details = parseOrFail(
      providerDetailsSchema,
      Object.fromEntries(['name', 'legalAddress', 'phone', 'email', 'iban', 'bik', 'bankName'].map((f) => [f, text(form, f)])),
    );
    applicationId = (await reapplyAfterRejection(getDb(), actor, details)).applicationId;
  } catch (error) {
    return errorState(error, form);
  }
  revalidatePath('/provider');
  redirect(`/documents/${applicationId}`);
}
