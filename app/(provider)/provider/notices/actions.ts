'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { errorState, type ActionState } from '@/lib/forms/action-state';
import { markProviderNoticesRead } from '@/lib/notifications/provider-notices';

/** Marks all of the provider's notices as read; the rules (and whose notices) are in markProviderNoticesRead. */
export async function markProviderNoticesReadAction(_prev: ActionState): Promise<ActionState> {
  try {
    const actor = await requireActionActor('provider.notices');
    await markProviderNoticesRead(getDb(), actor);
    revalidatePath('/provider', 'layout');
    return { status: 'saved' };
  } catch (error) {
    return errorState(error);
  }
}
