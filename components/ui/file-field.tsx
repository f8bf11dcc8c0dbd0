import type { InputHTMLAttributes } from 'react';

/** A labelled file picker, with an optional hint tied to it for screen readers. */
export function FileField({ id, label, hint, ...input }: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <input id={id} type="file" aria-describedby={hint ? `${id}-hint` : undefined} className="min-h-11" {...input} />
    </div>
  );
}
