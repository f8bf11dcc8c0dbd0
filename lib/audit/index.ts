export { queueAuditSql, queuedAuditParams, writeAudit, writeAudits, type AuditEntry } from './write-audit';
export { verifyAuditChain, type AuditChainResult } from './verify-audit-chain';
