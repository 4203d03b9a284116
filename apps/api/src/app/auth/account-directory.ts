import type { OwnAccountView, SessionUser, UpdateOwnAccountRequest } from '@prgauge/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from './actor';

/** An account as signing in and changing one's password need it. */
export interface SignInAccount {
  user: SessionUser;
  /** The argon2 hash of the password (see passwords.ts). */
  passwordHash: string;
  /** A retired account cannot sign in. */
  active: boolean;
}

/** The columns of {@link AccountDirectory.activeSessionUserQuery}: a session user as PostgreSQL returns it. */
export interface SessionUserRow {
  id: string;
  login: string;
  display_name: string;
  role: SessionUser['role'];
  region_id: string | null;
  agency_id: string | null;
  locale: SessionUser['locale'];
  password_change_required: boolean;
}

/** The session user of a {@link SessionUserRow}. */
export function sessionUserOfRow(row: SessionUserRow): SessionUser {
  return {
    id: row.id,
    login: row.login,
    displayName: row.display_name,
    role: row.role,
    regionId: row.region_id,
    agencyId: row.agency_id,
    locale: row.locale,
    passwordChangeRequired: row.password_change_required,
  };
}

/**
 * What auth needs to know of accounts, whose table users/ owns. Auth declares it and users/ provides it
 * (`AuthModule.withAccounts(UsersModule)`), so users/ may use auth's decorators without auth importing users/.
 */
export abstract class AccountDirectory {
  /** The account whose login is `login` (case-insensitive), or null when there is none. */
  abstract signInAccountByLogin(login: string): Promise<SignInAccount | null>;

  /** The account `userId`; throws when there is none (it is the signed-in person's own). */
  abstract signInAccountById(userId: string): Promise<SignInAccount>;

  /**
   * A SELECT of the active account whose id is the SQL expression `userId`, as one {@link SessionUserRow} (none
   * when it does not exist or is retired): auth joins it laterally to the session in one statement, since every
   * signed-in request reads both.
   */
  abstract activeSessionUserQuery(userId: string): string;

  /** The signed-in person `userId` with their own address; throws when there is none. */
  abstract ownAccount(userId: string): Promise<OwnAccountView>;

  /**
   * Saves what the signed-in person chose for their own account (language, address; left-out fields stay) and
   * returns them as they now are. A changed address is written to the audit trail as `user.update`.
   */
  abstract saveOwnAccount(actor: Actor, changes: UpdateOwnAccountRequest): Promise<OwnAccountView>;

  /**
   * Saves a password the signed-in person chose (`passwordHash` already hashed), which ends any one-time
   * password, and writes `password.change` to the audit trail in the same transaction.
   */
  abstract saveOwnPassword(actor: Actor, passwordHash: string): Promise<void>;

  /**
   * The active accounts with an address whose login, or address, is `loginOrEmail` (case aside), read inside
   * the caller's transaction: whom a password-reset request reaches. Several when they share the address.
   */
  abstract resettableAccounts(manager: EntityManager, loginOrEmail: string): Promise<SessionUser[]>;

  /** The account `userId` if it is active, locked for the caller's transaction; null otherwise. */
  abstract activeAccountForUpdate(manager: EntityManager, userId: string): Promise<SessionUser | null>;

  /**
   * Saves a password set through an emailed reset link (`passwordHash` already hashed), which ends any one-time
   * password, and writes `password.reset` to the audit trail, both inside the caller's transaction. `actor` is
   * the account itself.
   */
  abstract saveResetPassword(manager: EntityManager, actor: Actor, passwordHash: string): Promise<void>;
}
