import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { committeeMemberAccountIds, committeeRegionOf } from '../committees/committee-references';
import { Notifier } from '../notifications/notifier';
import { Attendance } from './attendance.entity';
import type { TrainingEvent } from './training-event.entity';

/**
 * Tells the committee that runs a training event that its register has been filled (issue 19, item 1): when
 * rows are first recorded for the event, one by one or from a file. An event that no committee runs tells no one.
 */
@Injectable()
export class RegisterFilledNotice {
  constructor(private readonly notifier: Notifier) {}

  /** How many rows the event's register holds now; call it before writing, and pass it to `tell` after. */
  rowsBefore(manager: EntityManager, eventId: string): Promise<number> {
    return manager.countBy(Attendance, { eventId });
  }

  /**
   * Records the notification in the caller's transaction when the register was empty before (`rowsBefore`) and
   * holds rows now. Its key names the register's first row, so a register emptied and filled again is told again.
   * The member who filled it (`actorId`) is not told of their own work.
   */
  async tell(
    manager: EntityManager,
    event: TrainingEvent,
    filled: { rowsBefore: number; firstRowId: string; actorId: string },
  ): Promise<void> {
    if (filled.rowsBefore > 0 || !event.committeeId) return;
    const committee = await committeeRegionOf(manager, event.committeeId);
    const accountIds = (await committeeMemberAccountIds(manager, event.committeeId)).filter(
      (id) => id !== filled.actorId,
    );
    if (!committee || accountIds.length === 0) return;
    await this.notifier.notify(manager, {
      kind: 'training.register_filled',
      key: `training.register_filled:${event.id}:${filled.firstRowId}`,
      regionId: event.regionId,
      audience: { accountIds },
      params: {
        event: event.title,
        day: { day: event.startDate },
        committee: committee.name,
        rows: await manager.countBy(Attendance, { eventId: event.id }),
      },
      link: `/training/events/${event.id}`,
    });
  }
}
