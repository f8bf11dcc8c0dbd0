/**
 * Typed domain errors with a closed set of codes. The API maps them to RFC 9457 problem+json
 * (lib/api/problem.ts) and pages to a translated message; the code is the stable part.
 */
export const errorCodes = {
  validation_failed: 422,
  malformed_request: 400,
  payload_too_large: 413,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_disabled: 403,
  forbidden: 403,
  csrf_rejected: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  rule_violation: 422,
  signature_refused: 422,
  internal: 500,
  /** A part the request needs is not running (the job queue); nothing was done, try again later. */
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldError {
  field: string;
  /** A message key in the catalogs (validation.*) or an already translated text. */
  message: string;
  values?: Record<string, string | number>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldError[];
  /** Message key (errors.*) with values, translated where the error is shown. */
  readonly detailKey: string;
  readonly values: Record<string, string | number>;

  constructor(
    code: ErrorCode,
    options: { detailKey?: string; values?: Record<string, string | number>; fieldErrors?: FieldError[] } = {},
  ) {
    super(options.detailKey ?? `errors.${code}.detail`);
    this.name = 'AppError';
    this.code = code;
    this.detailKey = options.detailKey ?? `errors.${code}.detail`;
    this.values = options.values ?? {};
    this.fieldErrors = options.fieldErrors ?? [];
  }

  get status(): number {
    return errorCodes[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
