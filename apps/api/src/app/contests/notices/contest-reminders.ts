import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { registerMaintenanceTask } from '../../jobs/maintenance-tasks';
import { Notifier } from '../../notifications/notifier';
import type { NotificationItemParams } from '../../notifications/texts/render-notification';
import { jurorWorkloads, type JurorWorkload } from '../jury/juror-workloads';
import { contestsJudgingOrVoting, nominationsOfContest } from '../setup/contest-readers';
import type { NoticeContest } from './notice-subjects';
import { verifiedVoterAccountIds } from '../voting/vote-readers';
import { contestPagePath } from './contest-notices';
import { dueContestNotices, type DueContestNotice } from './contest-notice-schedule';

/** The name the sweep runs under on the every-minute maintenance. */
export const CONTEST_REMINDERS_TASK = 'contest-reminders';

/**
 * What contests tell people when the clock, not an action, moves a contest on (issue 19, item 1): judging open
 * (each juror, with their nominations), 3 and 1 days before judging ends (jurors with unfinished sheets), voting
 * open and 1 day before it closes (verified voters). Sent by `sendDueContestReminders` on the queue's
 * every-minute maintenance.
 */
@Injectable()
export class ContestReminders implements OnModuleInit, OnModuleDestroy {
  private unregister: (() => void) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
  ) {}

  onModuleInit(): void {
    this.unregister = registerMaintenanceTask(CONTEST_REMINDERS_TASK, (manager, now) =>
      this.sendDueContestReminders(now, manager),
    );
  }

  onModuleDestroy(): void {
    this.unregister?.();
    this.unregister = null;
  }

  /**
   * Sends every date-driven notice due at `now` (`dueContestNotices`) that was not sent before, each in its own
   * transaction with the row in `contest_notice` that marks it sent, so two sweeps (two instances, or a repeated
   * minute) send it once. Returns the keys sent.
   */
  async sendDueContestReminders(
    now: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const contests = await contestsJudgingOrVoting(manager, now);
    if (contests.length === 0) return [];
    const sent = await sentNotices(
      manager,
      contests.map((c) => c.id),
    );
    const sentNow: string[] = [];
    for (const contest of contests)
      for (const notice of dueContestNotices(contest.id, contest, now)) {
        if (sent.has(`${contest.id}|${notice.key}`)) continue;
        const claimed = await manager.transaction(async (tx) => {
          const rows: unknown[] = await tx.query(
            `INSERT INTO contest_notice (contest_id, notice, sent_at) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING RETURNING notice`,
            [contest.id, notice.key, now],
          );
          if (rows.length === 0) return false;
          await this.tell(tx, contest, notice);
          return true;
        });
        if (claimed) sentNow.push(notice.key);
      }
    return sentNow;
  }

  /**
   * Tells jurors that judging is open, each with their own nominations: every juror of the contest, or only
   * `userIds` (a juror seated once judging has begun). Each juror hears of it once per contest.
   */
  async judgingOpen(
    manager: EntityManager,
    contest: NoticeContest,
    userIds?: readonly string[],
  ): Promise<void> {
    const workloads = await this.workloads(manager, contest);
    const jurors = groupByJuror(workloads.filter((w) => !userIds || userIds.includes(w.userId)));
    for (const [userId, seats] of jurors)
      await this.notifier.notify(manager, {
        kind: 'contest.judging_open',
        key: `contest.judging_open:${contest.id}`,
        regionId: contest.regionIds[0] ?? null,
        audience: { accountIds: [userId] },
        params: {
          contest: contest.title,
          judgingEnd: contest.judgingEndAt ? { instant: contest.judgingEndAt.toISOString() } : null,
          items: seats.map((s) => this.seatItem(contest, s)),
        },
        link: `${contestPagePath(contest.id)}/jury`,
      });
  }

  private async tell(
    manager: EntityManager,
    contest: NoticeContest,
    notice: DueContestNotice,
  ): Promise<void> {
    switch (notice.kind) {
      case 'contest.judging_open':
        return this.judgingOpen(manager, contest);
      case 'contest.judging_reminder':
        return this.judgingReminder(manager, contest, notice.key, notice.endsAt);
      case 'contest.voting_open':
      case 'contest.voting_closing':
        await this.notifier.notify(manager, {
          kind: notice.kind,
          key: notice.key,
          regionId: contest.regionIds[0] ?? null,
          audience: { accountIds: await verifiedVoterAccountIds(manager, contest.id) },
          params: { contest: contest.title, votingEnd: { instant: notice.endsAt.toISOString() } },
          link: `${contestPagePath(contest.id)}/vote`,
        });
        return;
    }
  }

  /** Jurors with an unscored application, each with the nominations they have not finished. */
  private async judgingReminder(
    manager: EntityManager,
    contest: NoticeContest,
    key: string,
    endsAt: Date,
  ): Promise<void> {
    const unfinished = (await this.workloads(manager, contest)).filter((w) => w.scored < w.assigned);
    for (const [userId, seats] of groupByJuror(unfinished))
      await this.notifier.notify(manager, {
        kind: 'contest.judging_reminder',
        key,
        regionId: contest.regionIds[0] ?? null,
        audience: { accountIds: [userId] },
        params: {
          contest: contest.title,
          judgingEnd: { instant: endsAt.toISOString() },
          items: seats.map((s) => this.seatItem(contest, s)),
        },
        link: `${contestPagePath(contest.id)}/jury`,
      });
  }

  private async workloads(
    manager: EntityManager,
    contest: NoticeContest,
  ): Promise<(JurorWorkload & { nomination: NoticeContest['title'] })[]> {
    const nominations = await nominationsOfContest(manager, contest.id);
    const names = new Map(nominations.map((n) => [n.id, n.name]));
    return (
      await jurorWorkloads(
        manager,
        nominations.map((n) => n.id),
      )
    ).map((w) => ({ ...w, nomination: names.get(w.nominationId) ?? {} }));
  }

  private seatItem(
    contest: NoticeContest,
    seat: JurorWorkload & { nomination: NoticeContest['title'] },
  ): NotificationItemParams {
    return {
      nomination: seat.nomination,
      assigned: seat.assigned,
      scored: seat.scored,
      link: `${contestPagePath(contest.id)}/jury`,
    };
  }
}

/** The notices of the contests already sent, as `<contest id>|<key>`. */
async function sentNotices(manager: EntityManager, contestIds: string[]): Promise<Set<string>> {
  const rows: { contest_id: string; notice: string }[] = await manager.query(
    `SELECT contest_id, notice FROM contest_notice WHERE contest_id = ANY($1::uuid[])`,
    [contestIds],
  );
  return new Set(rows.map((r) => `${r.contest_id}|${r.notice}`));
}

function groupByJuror<T extends { userId: string }>(seats: T[]): Map<string, T[]> {
  const byJuror = new Map<string, T[]>();
  for (const seat of seats) byJuror.set(seat.userId, [...(byJuror.get(seat.userId) ?? []), seat]);
  return byJuror;
}
