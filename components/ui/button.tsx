import type { ButtonHTMLAttributes } from 'react';

export function Button({
  variant = 'primary',
  className = '',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: 'primary' | 'secondary' | 'danger' }) {
  const styles = {
    primary: 'bg-brand-700 text-white hover:bg-brand-800 border-brand-700',
    secondary: 'bg-white text-brand-800 hover:bg-slate-100 border-brand-700',
    danger: 'bg-white text-red-800 hover:bg-red-50 border-red-800',
  }[variant];
  return (
    <button
      {...props}
      className={`inline-flex min-h-11 items-center justify-center rounded border-2 px-4 py-2 font-semibold disabled:cursor-not-allowed disabled:opacity-60 ${styles} ${className}`}
    />
  );
}
