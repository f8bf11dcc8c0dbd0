'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: '/sign-in' })}
      className="min-h-11 rounded border-2 border-white px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800"
    >
      {label}
    </button>
  );
}
