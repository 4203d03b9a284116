import { DataSource, EntityManager } from 'typeorm';
import type { Agency } from '../app/agencies/agency.entity';
import type { Actor } from '../app/auth/actor';
import { Contest } from '../app/contests/setup/contest.entity';
import { ResultsService } from '../app/contests/results/results.service';
import { User } from '../app/users/user.entity';
import { createContestAccounts } from './demo-contest-people';
import { loadCurrentContests } from './demo-contests-current';
import { loadPublishedContests, ToPublish } from './demo-contests-published';

/** The contest logins the README and the start-up output list; more jurors and reporters exist unlisted. */
export const CONTEST_ACCOUNTS = [
  { login: 'juror', role: 'juror', note: 'expert commission; sheets to score in "Best press service"' },
  { login: 'journalist', role: 'journalist', note: 'verified voter in "Best press service", not voted yet' },
];

/**
 * Contests of the demo region: two years of the social-media series and the best press secretary with results
 * out, press secretary of the year taking applications, and best press service in judging and voting now.
 * Dates of the current ones count from `now`. Returns the contests to publish once the transaction is over.
 */
export async function loadDemoContests(
  manager: EntityManager,
  regionId: string,
  agencies: Agency[],
  passwordHash: string,
  now: Date,
): Promise<ToPublish[]> {
  const accounts = await createContestAccounts(manager, regionId, passwordHash);
  const editor = await manager.findOneByOrFail(User, { login: 'editor' });
  const published = await loadPublishedContests(manager, regionId, agencies, accounts);
  await loadCurrentContests(manager, regionId, agencies, accounts, editor, now);
  return published;
}

/** Publishes through the real ranking, then dates each publication to when its results came out. */
export async function publishDemoContests(
  results: ResultsService,
  dataSource: DataSource,
  actor: Actor,
  list: ToPublish[],
): Promise<void> {
  for (const { contestId, publishedAt } of list) {
    await results.publish(contestId, actor);
    await dataSource.getRepository(Contest).update(contestId, { resultsPublishedAt: publishedAt });
  }
}
