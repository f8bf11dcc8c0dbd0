import type { ReactNode } from 'react';
import { FieldError } from './field-error';

/** The ids of a field's hint and error, for its control's aria-describedby. */
export function fieldDescribedBy(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/**
 * A form field's frame: its label, the hint under it, the control, and the error announced beside
 * it (ids `<id>-hint` and `<id>-error`, which the control names with fieldDescribedBy).
 */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** More classes for the frame (a field in a grid column needs min-w-0). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className ? `flex flex-col gap-1 ${className}` : 'flex flex-col gap-1'}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
