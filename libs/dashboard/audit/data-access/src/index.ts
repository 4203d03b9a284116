export { AuditApi } from './lib/audit.api';
