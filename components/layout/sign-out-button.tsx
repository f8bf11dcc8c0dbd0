'use client';

import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';

export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  // No redirect from next-auth: it would build the URL from NEXTAUTH_URL, not from this host.
  async function onClick() {
    await signOut({ redirect: false });
    router.replace('/sign-in');
    router.refresh();
  }
  return (
    <button
      type="button"
      onClick={onClick}
      className="min-h-11 rounded border-2 border-white px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800"
    >
      {label}
    </button>
  );
}
