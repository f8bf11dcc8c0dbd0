/**
 * A calendar month to choose, with its label, hint and error tied to the select for screen
 * readers. `resetKey` re-mounts the select when a refused form comes back with what was chosen
 * (React keeps a select's own state otherwise).
 */
export function MonthField({ id, label, hint, months, value, error }: { id: string; label: string; hint: string; months: { value: string; label: string }[]; value: string; error: string | undefined }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {hint}
      </p>
      <select
        id={id}
        name="period"
        key={`${id}-${value}`}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
        className={`min-h-11 max-w-full rounded border-2 bg-white px-3 py-2 sm:max-w-xs ${error ? 'border-red-700' : 'border-slate-500'}`}
      >
        {months.map((m) => (
          <option key={m.value} value={m.value}>
            {m.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
