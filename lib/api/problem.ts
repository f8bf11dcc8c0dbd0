import { AppError, isAppError, type ErrorCode } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { translateKey } from '@/lib/i18n/translator';

export const PROBLEM_TYPE_BASE = 'https://qamqor.kz/problems/';

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode;
  errors?: { field: string; message: string }[];
  incident?: string;
}

/** RFC 9457 problem document for an error, in the caller's language. */
export function problemFor(error: AppError, locale: Locale): ProblemDocument {
  const problem: ProblemDocument = {
    type: PROBLEM_TYPE_BASE + error.code.replaceAll('_', '-'),
    title: translateKey(locale, `errors.${error.code}.title`),
    status: error.status,
    detail: translateKey(locale, error.detailKey, error.values),
    code: error.code,
  };
  if (error.fieldErrors.length > 0) {
    problem.errors = error.fieldErrors.map((f) => ({ field: f.field, message: translateKey(locale, f.message, f.values) }));
  }
  return problem;
}

export function problemResponse(error: unknown, locale: Locale): Response {
  let appError: AppError;
  let incident: string | undefined;
  if (isAppError(error)) {
    appError = error;
  } else {
    // A server error is a bug: log it with an id the caller can quote, reveal nothing else.
    incident = crypto.randomUUID();
    console.error(`[incident ${incident}]`, error);
    appError = new AppError('internal');
  }
  const body = problemFor(appError, locale);
  if (incident) body.incident = incident;
  const headers = new Headers({ 'content-type': 'application/problem+json; charset=utf-8' });
  if (appError.code === 'unauthenticated' || appError.code === 'invalid_credentials') {
    headers.set('www-authenticate', 'Bearer realm="qamqor"');
  }
  return new Response(JSON.stringify(body), { status: appError.status, headers });
}
