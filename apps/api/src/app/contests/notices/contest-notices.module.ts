import { Module } from '@nestjs/common';
import { ContestNotices } from './contest-notices';
import { ContestReminders } from './contest-reminders';

/**
 * What contests tell applicants, jurors and voters (issue 19): `ContestNotices` when someone acts, inside
 * their transaction; `ContestReminders` when the clock moves a contest on, from the every-minute maintenance.
 */
@Module({
  providers: [ContestNotices, ContestReminders],
  exports: [ContestNotices, ContestReminders],
})
export class ContestNoticesModule {}
