import type { AuditEntry } from '@/lib/audit';

/** The audit entry of a formed act (draft), the same whether formAct or the month-end batch formed it. */
export function actFormedAudit(
  actor: { userId: string; role: string },
  actId: string,
  values: { orderId: string; service: string; period: string; periodFrom: string; periodTo: string; version?: number; total: string; reimbursed: string },
  documentId: string,
): AuditEntry {
  return {
    actor: { userId: actor.userId, role: actor.role },
    action: 'act.form',
    entityType: 'act',
    entityId: actId,
    toState: 'draft',
    data: { orderId: values.orderId, service: values.service, period: values.period, from: values.periodFrom, to: values.periodTo, version: values.version ?? 1, total: values.total, reimbursed: values.reimbursed, documentId },
  };
}
