import type { SessionUser } from '@prgauge/contracts';

/** Who is acting and from where: every service write takes one, so the audit trail can name them. */
export interface Actor {
  user: SessionUser;
  requestId: string;
  ip: string;
}

/** The system itself, for writes made at start-up (first admin, demo data). */
export const SYSTEM_REQUEST = { requestId: 'system', ip: '127.0.0.1' } as const;
