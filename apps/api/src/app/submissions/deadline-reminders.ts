import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { type AgencyProfile, agencyProfilesById } from '../agencies/agency-profiles.facade';
import { type CycleRecord, openCyclesWithDeadlines } from '../cycles/cycle-record.facade';
import { COMPLETENESS_LINK, submissionLink } from '../notifications/dashboard-links';
import { type NotificationEvent, Notifier } from '../notifications/notifier';
import { FALLBACK_TIME_ZONE, timeZonesOfRegions } from '../regions/region-time-zone';
import { dueReminderPoint, type ReminderPoint } from './reminder-points';
import { editableUntil } from './submission-access';
import { Submission } from './submission.entity';

type RemindedCycle = Pick<CycleRecord, 'id' | 'regionId' | 'name' | 'deadline'>;

/** An agency whose submission still needs work (a draft, or returned), and the deadline it works to. */
interface Behind {
  submissionId: string;
  agency: AgencyProfile;
  deadline: Date;
}

/** Name of the sweep on the job queue's every-minute maintenance. */
export const DEADLINE_REMINDERS_TASK = 'deadline-reminders';

/**
 * Deadline reminders (issue 19): 7, 3 and 1 days before the deadline, and once it has passed, the editors of each
 * agency whose submission still needs work hear of it, at its own deadline where it has an extension; and at the
 * cycle deadline's points, the region's directors get one digest of the agencies still missing. The days count in
 * the region's zone (`reminder-points.ts`).
 *
 * Each reminder is named by its submission (or cycle, for a digest), the deadline it counts to and its point, and
 * recorded in `deadline_reminder` in the transaction that records its notifications: a repeated or concurrent
 * sweep inserts nothing and tells no one again. A moved deadline or a new extension gives new names, so the old
 * deadline's remaining points never fire and the new one's do.
 */
@Injectable()
export class DeadlineReminders {
  constructor(
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
    private readonly notifier: Notifier,
  ) {}

  /**
   * Sends what is due at `now` in every open cycle, at most the latest point of each deadline; returns how many
   * reminders (an agency's or a digest) it sent. `manager` must not be in a transaction: each reminder has its own.
   */
  async sendDueReminders(now: Date, manager: EntityManager = this.submissions.manager): Promise<number> {
    const cycles = await openCyclesWithDeadlines(manager);
    if (cycles.length === 0) return 0;
    const zones = await timeZonesOfRegions(
      manager,
      cycles.map((c) => c.regionId),
    );
    let sent = 0;
    for (const cycle of cycles) {
      const timeZone = zones.get(cycle.regionId) ?? FALLBACK_TIME_ZONE;
      const due = dueEvents(cycle, await this.behind(manager, cycle), timeZone, now);
      if (due.length === 0) continue;
      const done = await this.sentKeys(manager, cycle.id);
      for (const event of due.filter((e) => !done.has(e.key))) {
        if (await this.sendOnce(manager, cycle.id, event, now)) sent += 1;
      }
    }
    return sent;
  }

  /** The active agencies of the cycle whose submission is a draft or returned, by agency code. */
  private async behind(manager: EntityManager, cycle: RemindedCycle): Promise<Behind[]> {
    const open = await manager.find(Submission, {
      where: { cycleId: cycle.id, status: In(['draft', 'returned']) },
      select: { id: true, agencyId: true, extensionUntil: true },
    });
    const agencies = await agencyProfilesById(
      manager,
      open.map((s) => s.agencyId),
    );
    return open
      .flatMap((s) => {
        const agency = agencies.get(s.agencyId);
        return agency?.active ? [{ submissionId: s.id, agency, deadline: editableUntil(s, cycle) }] : [];
      })
      .sort((a, b) => a.agency.code.localeCompare(b.agency.code));
  }

  private async sentKeys(manager: EntityManager, cycleId: string): Promise<Set<string>> {
    const rows: { reminder_key: string }[] = await manager.query(
      'SELECT reminder_key FROM deadline_reminder WHERE cycle_id = $1',
      [cycleId],
    );
    return new Set(rows.map((r) => r.reminder_key));
  }

  /**
   * Records the reminder and its notifications together; false when it was recorded already (by an earlier sweep,
   * or by another instance whose transaction this one waited for on the key).
   */
  private sendOnce(
    manager: EntityManager,
    cycleId: string,
    event: NotificationEvent,
    now: Date,
  ): Promise<boolean> {
    return manager.transaction(async (m) => {
      const claimed: unknown[] = await m.query(
        `INSERT INTO deadline_reminder (reminder_key, cycle_id, sent_at) VALUES ($1, $2, $3)
         ON CONFLICT (reminder_key) DO NOTHING RETURNING reminder_key`,
        [event.key, cycleId, now],
      );
      if (claimed.length === 0) return false;
      await this.notifier.notify(m, event);
      return true;
    });
  }
}

/** The reminders due at `now` in one cycle: each agency's latest due point, then the directors' digest. */
function dueEvents(cycle: RemindedCycle, behind: Behind[], timeZone: string, now: Date): NotificationEvent[] {
  const events = behind.flatMap((b) => {
    const point = dueReminderPoint(b.deadline, timeZone, now);
    return point === null ? [] : [agencyReminder(cycle, b, point)];
  });
  const point = dueReminderPoint(cycle.deadline, timeZone, now);
  if (point !== null && behind.length > 0) events.push(directorsDigest(cycle, behind, point));
  return events;
}

function agencyReminder(cycle: RemindedCycle, b: Behind, point: ReminderPoint): NotificationEvent {
  const deadline = b.deadline.toISOString();
  return {
    kind: point === 'overdue' ? 'deadline.overdue' : 'deadline.reminder',
    key:
      point === 'overdue'
        ? `deadline.overdue:${b.submissionId}:${deadline}`
        : `deadline.reminder:${b.submissionId}:${deadline}:${point}`,
    regionId: cycle.regionId,
    audience: { regionId: cycle.regionId, roles: ['agency_editor'], agencyIds: [b.agency.id] },
    params: {
      agency: b.agency.name,
      cycle: cycle.name,
      deadline: { instant: deadline },
      ...(point === 'overdue' ? {} : { days: point }),
    },
    link: submissionLink(b.submissionId),
  };
}

function directorsDigest(cycle: RemindedCycle, behind: Behind[], point: ReminderPoint): NotificationEvent {
  const deadline = cycle.deadline.toISOString();
  return {
    kind: 'deadline.digest',
    key: `deadline.digest:${cycle.id}:${deadline}:${point}`,
    regionId: cycle.regionId,
    audience: { regionId: cycle.regionId, roles: ['director'] },
    params: {
      cycle: cycle.name,
      deadline: { instant: deadline },
      count: behind.length,
      items: behind.map((b) => ({
        agency: b.agency.name,
        due: { instant: b.deadline.toISOString() },
        link: submissionLink(b.submissionId),
      })),
    },
    link: COMPLETENESS_LINK,
  };
}
