import type { Locale } from './locale';
import type { Role, SessionUser } from './roles';

/** An account as directors and admins manage it. */
export interface AccountView extends SessionUser {
  active: boolean;
  version: number;
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
}

export interface ResetPasswordRequest {
  password: string;
}

/** `POST /api/auth/password`: one's own password; signs out one's other sessions. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** `PATCH /api/auth/me`: what a signed-in person may change about their own account. */
export interface UpdateOwnAccountRequest {
  /** The interface language, saved so it follows the person to every browser. */
  locale: Locale;
}
