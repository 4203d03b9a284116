/**
 * What a signed-in person may do; anonymous visitors only read published results. A committee member's
 * duties come from the committees of their region that they sit on. Jurors score contest applications
 * they are assigned to; journalists register themselves and vote once verified.
 */
export const ROLES = [
  'admin',
  'director',
  'evaluator',
  'agency_editor',
  'viewer',
  'committee_member',
  'juror',
  'journalist',
] as const;
export type Role = (typeof ROLES)[number];

/** The person behind a request, as the API and dashboard both see them. */
export interface SessionUser {
  id: string;
  login: string;
  displayName: string;
  role: Role;
  /** Null only for national admins. */
  regionId: string | null;
  /** Set only for agency editors. */
  agencyId: string | null;
  locale: string;
}

export interface LoginRequest {
  login: string;
  password: string;
}

export interface LoginResponse {
  user: SessionUser;
  /** Echo this in the `X-XSRF-TOKEN` header on every write. */
  csrfToken: string;
}
