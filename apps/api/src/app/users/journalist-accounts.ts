import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { endSessionsOf } from '../auth/session-ends';
import { User } from './user.entity';

/** A login no one can choose (logins take no colon) and so no one can block: `erased:` and the account's id. */
const ERASED_LOGIN = `'erased:' || id`;

/**
 * Journalists' accounts, which voters create for themselves. Their name and login are personal data; once every
 * registration of the account is erased, the account is anonymised rather than deleted, because its registrations
 * (and through them the votes) must stay for the published counts.
 */
@Injectable()
export class JournalistAccounts {
  /**
   * Anonymises these journalist accounts inside the caller's transaction: login and name replaced, password
   * unusable, deactivated, sessions ended. Other roles' accounts are never touched. Returns the ids changed.
   */
  async anonymise(manager: EntityManager, userIds: string[]): Promise<string[]> {
    if (userIds.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .update(User)
      .set({
        login: () => ERASED_LOGIN,
        displayName: '',
        // The login is set by SQL, out of the search subscriber's sight: an erased account is found by nothing.
        nameSearch: '',
        // Not a hash of anything: verification fails for every password.
        passwordHash: '!',
        active: false,
      })
      .where({ id: In(userIds) })
      .andWhere(`role::text = 'journalist'`)
      .returning(['id'])
      .execute();
    const changed = (result.raw as { id: string }[]).map((r) => r.id);
    await endSessionsOf(manager, changed);
    return changed;
  }
}
