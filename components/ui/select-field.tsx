import { FieldFrame, fieldDescribedBy } from './field-frame';

/**
 * A labelled select whose hint and error are announced and tied to it with aria-describedby (the
 * select beside TextField). Keyed by the value shown, so a refused form that comes back with what
 * was chosen shows it (React keeps a select's own state otherwise).
 */
export function SelectField({
  id,
  name,
  label,
  hint,
  options,
  value,
  error,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  value: string | undefined;
  error?: string;
}) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        key={`${id}-${value}`}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, error)}
        className={`min-h-11 max-w-full rounded border-2 bg-white px-3 py-2 sm:max-w-xs ${error ? 'border-red-700' : 'border-slate-500'}`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
