import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { JOB_RESULT_DAYS } from '@prgauge/contracts';
import {
  LocalMomentPipe,
  LocalNumberPipe,
  READER_TIME_ZONE,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { JobProgress, Pager } from '@prgauge/dashboard-shared-ui';
import { JobsPageStore } from './jobs-page.store';

/** The caller's background jobs (a director's: the region's), newest first, with progress and downloads. */
@Component({
  selector: 'pr-jobs-page',
  imports: [JobProgress, LocalMomentPipe, LocalNumberPipe, Pager, TranslatePipe],
  providers: [JobsPageStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './jobs-page.html',
  styleUrl: './jobs-page.scss',
})
export class JobsPage implements OnInit {
  protected readonly store = inject(JobsPageStore);
  protected readonly resultDays = JOB_RESULT_DAYS;
  /** Job times are read on the reader's own clock. */
  protected readonly zone = inject(READER_TIME_ZONE);

  ngOnInit(): void {
    void this.store.load();
  }
}
