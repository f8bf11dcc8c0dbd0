import type { InputHTMLAttributes } from 'react';
import { FieldFrame, fieldDescribedBy } from './field-frame';

/** A labelled file picker, with an optional hint tied to it for screen readers. */
export function FileField({ id, label, hint, ...input }: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string }) {
  return (
    <FieldFrame id={id} label={label} hint={hint}>
      <input id={id} type="file" aria-describedby={fieldDescribedBy(id, hint, undefined)} className="min-h-11" {...input} />
    </FieldFrame>
  );
}
