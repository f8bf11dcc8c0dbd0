import Link from 'next/link';

/** The way back up one level, first on the page so keyboard users meet it early. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="mb-2">
      <Link href={href} className="underline">
        <span aria-hidden="true">← </span>
        {label}
      </Link>
    </p>
  );
}
