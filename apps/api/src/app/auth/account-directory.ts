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

/**
 * What auth needs to know of accounts, whose table users/ owns. Auth declares it and users/ provides it
 * (`AuthModule.withAccounts(UsersModule)`), so users/ may use auth's decorators without auth importing users/.
 */
export abstract class AccountDirectory {
  /** The account whose login is `login` (case-insensitive), or null when there is none. */
  abstract signInAccountByLogin(login: string): Promise<SignInAccount | null>;

  /** The account `userId`; throws when there is none (it is the signed-in person's own). */
  abstract signInAccountById(userId: string): Promise<SignInAccount>;

  /** The session user of an active account, or null when it does not exist or is retired. */
  abstract activeSessionUser(userId: string): Promise<SessionUser | null>;

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
