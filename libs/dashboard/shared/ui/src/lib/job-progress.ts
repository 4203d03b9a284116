import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { isErrorCode, JOB_KINDS, type JobView } from '@prgauge/contracts';
import { LocalNumberPipe, TranslatePipe, TranslationService } from '@prgauge/dashboard-shared-i18n';

/**
 * A background job's progress, as its follower last read it: what it is, a determinate bar with "12 of 40", the
 * download link once it is done, and the failure in the reader's language. Presentational: feed it from
 * `JobWatch.follow(id)` (shared data-access), which polls the job.
 */
@Component({
  selector: 'pr-job-progress',
  imports: [MatProgressBarModule, TranslatePipe, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (job(); as j) {
      <div class="job" [attr.aria-busy]="j.state === 'queued' || j.state === 'running'">
        <div class="line">
          <span class="kind">{{ kindKey() | t }}</span>
          @if (j.label) {
            <span class="label">{{ j.label }}</span>
          }
          <span class="state" [class]="'state ' + j.state">{{ 'job.state.' + j.state | t }}</span>
        </div>
        @if (j.state === 'queued' || j.state === 'running') {
          <mat-progress-bar
            [mode]="j.progress.total === null ? 'indeterminate' : 'determinate'"
            [value]="percent()"
            [attr.aria-label]="kindKey() | t"
          />
        }
        @if (j.progress.total !== null) {
          <span class="count">{{
            'job.progress'
              | t: { done: (j.progress.done | localNumber), total: (j.progress.total | localNumber) }
          }}</span>
        }
        @if (j.state === 'done' && j.result) {
          <a class="download" [href]="resultUrl()" download
            >{{ 'job.download' | t }}: {{ j.result.fileName }}</a
          >
        }
        @if (j.state === 'failed') {
          <span class="error" role="alert">{{ failure() }}</span>
        }
        @if (unreachable()) {
          <span class="unreachable">{{ 'job.unreachable' | t }}</span>
        }
      </div>
    } @else {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'job.loading' | t" />
    }
  `,
  styles: `
    .job {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .line {
      display: flex;
      gap: 0.75rem;
      align-items: baseline;
    }
    .kind {
      font-weight: 500;
    }
    .state.failed,
    .error {
      color: var(--mat-sys-error, #b3261e);
    }
    .state.done {
      color: var(--mat-sys-primary, #2e7d32);
    }
    .count,
    .unreachable {
      font-size: 0.875rem;
      opacity: 0.8;
    }
  `,
})
export class JobProgress {
  private readonly translations = inject(TranslationService);

  /** The job as last read; null while the first read is under way. */
  readonly job = input.required<JobView | null>();
  /** Whether the last read failed: the last known state stays shown, with a note. */
  readonly unreachable = input(false);

  protected readonly percent = computed(() => {
    const progress = this.job()?.progress;
    return progress?.total ? Math.min(100, (progress.done / progress.total) * 100) : 0;
  });

  protected readonly kindKey = computed(() => {
    const kind = this.job()?.kind ?? '';
    return (JOB_KINDS as readonly string[]).includes(kind) ? `job.kind.${kind}` : 'job.kind.other';
  });

  protected readonly resultUrl = computed(
    () => `/api/jobs/${encodeURIComponent(this.job()?.id ?? '')}/result`,
  );

  protected readonly failure = computed(() => {
    const code = this.job()?.errorCode;
    return this.translations.errorText(isErrorCode(code) ? code : 'job.failed', {});
  });
}
