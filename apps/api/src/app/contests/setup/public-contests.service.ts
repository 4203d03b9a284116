import { Injectable } from '@nestjs/common';
import type { ContestView } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { ContestRecordNotFoundException } from './contest-errors';
import { contestViews } from './contest-views';
import { Contest } from './contest.entity';
import { Clock } from '../../common/clock';

/**
 * Announced contests as anyone may read them: candidates apply and journalists register without an account,
 * so they must see the dates and nominations first. Drafts stay with the organisers.
 */
@Injectable()
export class PublicContestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Announced contests whose results are not out yet; published ones are listed with their results. */
  async open(): Promise<ContestView[]> {
    const contests = await this.dataSource.getRepository(Contest).find({
      where: { status: 'announced' },
      order: { year: 'DESC', createdAt: 'ASC' },
    });
    const views = await contestViews(this.dataSource.manager, contests, this.clock.now());
    return views.filter((c) => c.phase !== 'results_published');
  }

  async get(contestId: string): Promise<ContestView> {
    const contest = await this.dataSource
      .getRepository(Contest)
      .findOneBy({ id: contestId, status: 'announced' });
    if (!contest) throw new ContestRecordNotFoundException('contest');
    return (await contestViews(this.dataSource.manager, [contest], this.clock.now()))[0];
  }
}
