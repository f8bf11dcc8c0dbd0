import type { InputHTMLAttributes } from 'react';
import { FieldFrame, fieldDescribedBy } from './field-frame';

/** A labelled input whose error is announced and tied to it with aria-describedby. */
export function TextField({
  id,
  label,
  hint,
  error,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string; error?: string }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        className={`min-h-11 rounded border-2 px-3 py-2 ${error ? 'border-red-700' : 'border-slate-500'}`}
        {...input}
      />
    </FieldFrame>
  );
}
