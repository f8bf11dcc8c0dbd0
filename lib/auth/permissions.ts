import type { UserRole } from '@/db/schema';

/**
 * The one role → permission map. Every entry point declares the permission it needs;
 * anything not granted here is denied.
 */
export const permissions = [
  'profile.read',
  'calendar.read',
  'calendar.manage',
  'cabinet.recipient',
  'cabinet.provider',
  'cabinet.worker',
  'cabinet.office',
  'cabinet.admin',
  'cabinet.integration',
] as const;

export type Permission = (typeof permissions)[number];

const everyone: Permission[] = ['profile.read', 'calendar.read'];

export const rolePermissions: Record<UserRole, readonly Permission[]> = {
  recipient: [...everyone, 'cabinet.recipient'],
  representative: [...everyone, 'cabinet.recipient'],
  provider_admin: [...everyone, 'cabinet.provider'],
  provider_worker: [...everyone, 'cabinet.worker'],
  office_officer: [...everyone, 'cabinet.office'],
  administrator: [...everyone, 'cabinet.admin', 'calendar.manage'],
  integration_client: [...everyone, 'cabinet.integration'],
};

export function can(role: UserRole, permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

/** Where each role lands after signing in. */
export const roleHome: Record<UserRole, string> = {
  recipient: '/cabinet',
  representative: '/cabinet',
  provider_admin: '/provider',
  provider_worker: '/worker',
  office_officer: '/office',
  administrator: '/admin',
  integration_client: '/integration',
};
