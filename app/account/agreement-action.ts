'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { requireActionActor } from '@/lib/auth/access';
import { prepareEsignAgreement } from '@/lib/documents/esign-agreement';

export async function openEsignAgreementAction() {
  const actor = await requireActionActor('documents.sign');
  const document = await prepareEsignAgreement(getDb(), actor);
  redirect(`/documents/${document.id}`);
}
