import type { Locale } from './locale';

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
  /** The language the person chose; null until they choose one (the dashboard then follows the browser). */
  locale: Locale | null;
  /**
   * True while the account's password is a one-time one (generated, or set by an admin or director): every
   * route but reading oneself, signing out and changing the password answers 403 `auth.password_change_required`.
   */
  passwordChangeRequired: boolean;
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
