'use server';

import { headers } from 'next/headers';
import { getDb } from '@/db';
import { clientAddress } from '@/lib/auth/client-address';
import { requestSmsCode, smsCodeRequestSchema } from '@/lib/auth/sms-code-sign-in';
import { now } from '@/lib/clock';
import { errorState, formFields, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import { nudgeJob } from '@/lib/jobs/queue';

export interface SmsCodeRequestState extends ActionState {
  /** The IIN the code was asked for, for the second step. */
  iin?: string;
}

/**
 * Public: asks for a sign-in code by SMS. The answer is the same whether or not the IIN has an
 * account with a phone; only a malformed IIN or too many requests are refused.
 */
export async function requestSmsCodeAction(_prev: SmsCodeRequestState, form: FormData): Promise<SmsCodeRequestState> {
  try {
    const { iin } = parseOrFail(smsCodeRequestSchema, formFields(form, ['iin']));
    await requestSmsCode(getDb(), iin, clientAddress(await headers()), now());
    // Always nudged, so even the timing of this answer says nothing about the account.
    await nudgeJob('notifications-send');
    return { status: 'saved', iin };
  } catch (error) {
    return errorState(error, form);
  }
}
