import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { Router } from '@angular/router';
import type { SubmissionStatus } from '@prgauge/contracts';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import { readRefusal, reloadFailed, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { SubmissionsApi } from '@prgauge/dashboard-submissions-data-access';
import { LocalDigitsPipe, LocalMomentPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { ReadFailed } from '@prgauge/dashboard-shared-ui';

/**
 * Names the cycle a submission belongs to, with its deadline. An editor whose agency has more than one open
 * cycle also gets a picker of those cycles, each with the state of their submission in it.
 */
@Component({
  selector: 'pr-submission-cycle',
  imports: [MatFormFieldModule, MatSelectModule, LocalDigitsPipe, LocalMomentPipe, ReadFailed, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (current(); as c) {
      <p class="cycle-name" data-testid="submission-cycle">
        {{
          'form.cycle.named'
            | t: { name: (c.name | localDigits), date: (c.deadline | localMoment: c.timeZone) }
        }}
      </p>
    }
    @if (refusal(); as r) {
      <pr-read-failed [refusal]="r" (retry)="readAgain()" />
    }
    @if (choices().length > 1) {
      <mat-form-field class="cycle-picker" subscriptSizing="dynamic">
        <mat-label>{{ 'form.cycle.pick' | t }}</mat-label>
        <mat-select [value]="cycleId()" (selectionChange)="open($event.value)">
          @for (choice of choices(); track choice.id) {
            <mat-option [value]="choice.id">
              {{
                'form.cycle.option'
                  | t
                    : {
                        name: (choice.name | localDigits),
                        date: (choice.deadline | localMoment: choice.timeZone),
                      }
              }}
              @if (choice.status; as s) {
                · {{ 'submissionStatus.' + s | t }}
              }
            </mat-option>
          }
        </mat-select>
      </mat-form-field>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin-block-end: 0.5rem;
    }
    .cycle-name {
      margin: 0;
      font-weight: 600;
    }
    .cycle-picker {
      min-inline-size: min(26rem, 100%);
    }
  `,
})
export class SubmissionCycle {
  /** The cycle of the submission on screen. */
  readonly cycleId = input.required<string>();

  private readonly api = inject(SubmissionsApi);
  private readonly cyclesApi = inject(CyclesApi);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);

  /** The cycle on screen, read by itself: staff, a national admin among them, need no other. */
  private readonly shown = resource({
    params: () => this.cycleId(),
    loader: ({ params }) => this.cyclesApi.get(params),
  });
  protected readonly current = computed(() => (this.shown.hasValue() ? this.shown.value() : null));
  /** The region's cycles, for an editor's picker only. */
  private readonly cycles = resource({
    params: () => (this.session.user()?.agencyId ? true : undefined),
    loader: () => this.cyclesApi.list(),
  });

  /** The open cycles an editor may move between, with their submission's state; none for staff. */
  private readonly editorChoices = resource({
    params: () => {
      const cycles = this.cycles.hasValue() ? this.cycles.value() : undefined;
      return cycles && this.session.user()?.agencyId ? cycles.filter((c) => c.status === 'open') : undefined;
    },
    loader: ({ params }) =>
      Promise.all(
        params.map(async (c) => {
          const status: SubmissionStatus | null = await this.api.mine(c.id).then(
            (s) => s.status,
            () => null,
          );
          return { id: c.id, name: c.name, deadline: c.deadline, timeZone: c.timeZone, status };
        }),
      ),
  });
  protected readonly choices = computed(() =>
    this.editorChoices.hasValue() ? this.editorChoices.value() : [],
  );

  /** Without these the cycle would go unnamed, or an editor's other open cycles unoffered, without a word. */
  protected readonly refusal = readRefusal(this.shown, this.cycles);
  protected readonly readAgain = () => reloadFailed(this.shown, this.cycles);

  protected open(cycleId: string): void {
    if (cycleId !== this.cycleId())
      void this.router.navigate(['/submissions'], { queryParams: { cycle: cycleId } });
  }
}
