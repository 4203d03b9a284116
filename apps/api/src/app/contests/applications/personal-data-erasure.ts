import { eraseMailToAddresses } from '../../mail/erase-mail';
import { HttpStatus, Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull } from 'typeorm';
import { ApiException } from '../../common/api-error';
import { Clock } from '../../common/clock';
import { JournalistAccounts } from '../../users/journalist-accounts';
import { ApplicationAttachment } from './application-attachment.entity';
import { ContestApplication } from './contest-application.entity';
import { ContestVoter } from '../voting/voting.entities';

/** 409 for adding files or personal data to a record whose personal data were erased at `erasedAt`. */
export class PersonalDataErasedException extends ApiException<'personal_data.erased'> {
  constructor(erasedAt: Date) {
    super(HttpStatus.CONFLICT, 'personal_data.erased', { erasedAt: erasedAt.toISOString() });
  }
}

/**
 * What erasing a person's data means, in one place for organisers' requests and the retention job. Each call
 * runs inside the caller's transaction, touches only records not erased before (so it is idempotent and two
 * API instances cannot erase twice), and returns the ids it erased.
 *
 * Kept: an applicant's authors, organisations and project, which the published results show, and a
 * voter's outlet and role; the records themselves stay, so that results, votes and counts do not move.
 */
@Injectable()
export class PersonalDataEraser {
  constructor(
    private readonly accounts: JournalistAccounts,
    private readonly clock: Clock,
  ) {}

  /**
   * An applicant's e-mail (and the messages sent to it), the hashes of their address, upload token and private link (the link stops working),
   * and every file of the application.
   */
  async eraseApplicants(manager: EntityManager, applicationIds: string[]): Promise<string[]> {
    if (applicationIds.length === 0) return [];
    const addresses = await manager.find(ContestApplication, {
      select: { id: true, contactEmail: true },
      where: { id: In(applicationIds), personalDataErasedAt: IsNull() },
    });
    const result = await manager
      .createQueryBuilder()
      .update(ContestApplication)
      .set({
        contactEmail: null,
        filerIpHash: null,
        uploadTokenHash: null,
        accessTokenHash: null,
        personalDataErasedAt: this.clock.now(),
      })
      .where({ id: In(applicationIds), personalDataErasedAt: IsNull() })
      .returning(['id'])
      .execute();
    const erased = (result.raw as { id: string }[]).map((r) => r.id);
    if (erased.length) await manager.delete(ApplicationAttachment, { applicationId: In(erased) });
    await eraseMailToAddresses(
      manager,
      addresses.flatMap((a) => (a.contactEmail && erased.includes(a.id) ? [a.contactEmail] : [])),
    );
    return erased;
  }

  /**
   * A voter's link to their work and their document; and their account's login and name once no registration
   * of that account keeps personal data.
   */
  async eraseVoters(manager: EntityManager, voterIds: string[]): Promise<string[]> {
    if (voterIds.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .update(ContestVoter)
      .set({
        workLink: null,
        documentName: null,
        documentType: null,
        document: null,
        documentSizeBytes: null,
        documentSha256: null,
        personalDataErasedAt: this.clock.now(),
      })
      .where({ id: In(voterIds), personalDataErasedAt: IsNull() })
      // Column names as written: the array form keeps only entity properties.
      .returning('id, user_id')
      .execute();
    const rows = result.raw as { id: string; user_id: string }[];
    const userIds = [...new Set(rows.map((r) => r.user_id))];
    if (userIds.length) {
      const done: { user_id: string }[] = await manager.query(
        `SELECT user_id FROM contest_voter WHERE user_id = ANY($1)
          GROUP BY user_id HAVING bool_and(personal_data_erased_at IS NOT NULL)`,
        [userIds],
      );
      await this.accounts.anonymise(
        manager,
        done.map((r) => r.user_id),
      );
    }
    return rows.map((r) => r.id);
  }
}
