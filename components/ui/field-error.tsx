/**
 * A field's error, beside it: the id is what its control names in aria-describedby, the warning
 * sign says it without colour (hidden from screen readers, which hear the control invalid).
 */
export function FieldError({ id, message, className }: { id: string; message: string | null | undefined; className?: string }) {
  if (!message) return null;
  return (
    <p id={id} className={className ? `text-sm font-semibold text-red-800 ${className}` : 'text-sm font-semibold text-red-800'}>
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}
