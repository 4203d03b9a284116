import type { Locale, LocalizedText } from './locale';
import type { Role, SessionUser } from './roles';

/** An account as directors and admins manage it. */
export interface AccountView extends SessionUser {
  active: boolean;
  version: number;
  /**
   * Where the account's email notifications and password-reset links go; null when it has none (it then hears
   * of events in the dashboard only, and cannot reset a forgotten password itself). Several accounts may share
   * one address (a press service's shared mailbox).
   */
  email: string | null;
  /** The name of the agency `agencyId` (retired ones too), so a list shows it without a lookup; null without one. */
  agencyName: LocalizedText | null;
}

/** `GET` and `PATCH /api/auth/me`: the signed-in person, with what only they and their managers see. */
export interface OwnAccountView extends SessionUser {
  /** Where one's email notifications and password-reset links go; null when none is set. */
  email: string | null;
}

export interface CreateAccountRequest {
  login: string;
  displayName: string;
  role: Role;
  /** National admins only; a director's accounts always belong to the director's region. */
  regionId?: string;
  /** Required for agency editors, refused for every other role. */
  agencyId?: string;
  password: string;
  /** The language the account reads the product in; `ru` when left out. */
  locale?: Locale;
  /** Where its emails go (at most `LIMITS.email.max` characters); none when left out or null. */
  email?: string | null;
}

export interface UpdateAccountRequest {
  /** The version the client last read; a stale one gets 409. */
  version: number;
  displayName?: string;
  role?: Role;
  regionId?: string;
  agencyId?: string | null;
  active?: boolean;
  locale?: Locale;
  /** A new address for its emails; null removes it, leaving it out keeps it. */
  email?: string | null;
}

export interface ResetPasswordRequest {
  password: string;
}

/** `POST /api/auth/password`: one's own password; signs out one's other sessions. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** `PATCH /api/auth/me`: what a signed-in person may change about their own account; left-out fields stay. */
export interface UpdateOwnAccountRequest {
  /** The interface language, saved so it follows the person to every browser. */
  locale?: Locale;
  /** One's own address for emails and password-reset links; null removes it. */
  email?: string | null;
}

/**
 * `POST /api/auth/password-reset` (anonymous): asks for a link that sets a new password. The answer is the
 * same whether or not an account matches, so it tells nobody which logins or addresses exist.
 */
export interface PasswordResetRequest {
  /** The account's login, or the email address on it (an address shared by several accounts reaches each). */
  loginOrEmail: string;
}

/** The 202 answer to every well-formed `PasswordResetRequest`, whatever it matched. */
export interface PasswordResetAccepted {
  /** How long a link sent now works, in minutes. */
  validForMinutes: number;
}

/** `POST /api/auth/password-reset/complete`: sets a new password with the token from the emailed link. */
export interface CompletePasswordResetRequest {
  /** The `token` query parameter of the link. */
  token: string;
  /** Subject to the password policy, as when changing one's password. */
  newPassword: string;
}
