'use server';

import path from 'node:path';
import { z } from 'zod';
import { ensureDemoCa, issueKeystorePair } from '@/db/seed/demo-pki';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { errorState, parseOrFail, type ActionState } from '@/lib/forms/action-state';
import { now } from '@/lib/clock';
import { binField, iinField } from '@/lib/identifiers/schemas';
import { toBase64 } from '@/lib/signatures/bytes';
import { plainText } from '@/lib/validation';

const requestSchema = z.object({
  iin: iinField(),
  fullName: plainText().trim().min(3).max(200),
  bin: binField().optional(),
  organisation: plainText().trim().min(2).max(300).optional(),
});

export interface CertificateState extends ActionState {
  issued?: { sign: string; auth: string; password: string; iin: string };
}

/**
 * Demo and test deployments only: issues a SIGN and an AUTH keystore from the demo's own test
 * root, standing in for the national certifying centre, so a new provider can sign its
 * application. Production trusts NCA RK and this action refuses to run there.
 */
export async function issueTestCertificateAction(_prev: CertificateState, form: FormData): Promise<CertificateState> {
  try {
    if (env.DEPLOYMENT === 'production') throw new AppError('forbidden');
    const raw = Object.fromEntries(['iin', 'fullName', 'bin', 'organisation'].map((f) => [f, (form.get(f) as string | null) || undefined]));
    const input = parseOrFail(requestSchema, raw);
    if (input.bin && !input.organisation) {
      throw new AppError('validation_failed', { fieldErrors: [{ field: 'organisation', message: 'validation.required' }] });
    }
    const ca = await ensureDemoCa(path.resolve(env.DATA_DIR), now());
    const pair = await issueKeystorePair(
      ca,
      { iin: input.iin, fullName: input.fullName, ...(input.bin ? { organisation: { bin: input.bin, name: input.organisation!, role: 'first_head' as const } } : {}) },
      now(),
      input.bin ?? input.iin,
    );
    return { status: 'saved', issued: { sign: toBase64(pair.sign), auth: toBase64(pair.auth), password: pair.password, iin: input.iin } };
  } catch (error) {
    return errorState(error, form);
  }
}
