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
  'documents.read',
  'documents.sign',
  'classifier.manage',
  'regions.manage',
  'providers.review',
  'provider.manage',
  'catalog.manage',
  'marketplace.search',
  'entitlements.import',
  'entitlements.upload',
  'notifications.read',
  'orders.place',
  'orders.read',
  'orders.decide',
  'orders.receive',
  'orders.oversee',
  'orders.terms.manage',
  'provider.notices',
  'journal.record',
  'journal.read',
  'journal.dispute',
  'acts.form',
  'acts.read',
  'ledger.read',
  'acts.review',
  'payments.manage',
  'budgets.allocate',
] as const;

export type Permission = (typeof permissions)[number];

const everyone: Permission[] = ['profile.read', 'calendar.read'];
/** People who hold a digital signature (an integration client is a system, not a signer). */
const signers: Permission[] = ['documents.read', 'documents.sign'];

export const rolePermissions: Record<UserRole, readonly Permission[]> = {
  recipient: [...everyone, ...signers, 'cabinet.recipient', 'marketplace.search', 'notifications.read', 'orders.place', 'orders.read', 'orders.receive', 'journal.read', 'journal.dispute', 'acts.read'],
  representative: [...everyone, ...signers, 'cabinet.recipient', 'marketplace.search', 'notifications.read', 'orders.place', 'orders.read', 'orders.receive', 'journal.read', 'journal.dispute', 'acts.read'],
  provider_admin: [...everyone, ...signers, 'cabinet.provider', 'provider.manage', 'catalog.manage', 'orders.read', 'orders.decide', 'provider.notices', 'journal.record', 'journal.read', 'acts.form', 'acts.read', 'ledger.read'],
  provider_worker: [...everyone, ...signers, 'cabinet.worker', 'journal.record', 'journal.read'],
  office_officer: [...everyone, ...signers, 'cabinet.office', 'entitlements.upload', 'orders.read', 'orders.oversee', 'journal.read', 'acts.read', 'ledger.read', 'acts.review', 'payments.manage'],
  administrator: [...everyone, ...signers, 'cabinet.admin', 'calendar.manage', 'classifier.manage', 'regions.manage', 'providers.review', 'orders.read', 'orders.terms.manage', 'journal.read', 'acts.read', 'ledger.read', 'budgets.allocate'],
  integration_client: [...everyone, 'cabinet.integration', 'entitlements.import'],
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
