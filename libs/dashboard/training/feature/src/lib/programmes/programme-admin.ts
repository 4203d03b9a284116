import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import type { CreateTrainingProgrammeRequest, TrainingProgrammeView } from '@prgauge/contracts';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { TrainingApi } from '@prgauge/dashboard-training-data-access';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { ConfirmAction } from '@prgauge/dashboard-shared-ui';
import { WriteState } from '@prgauge/dashboard-shared-data-access';
import { trainingFieldLabels } from '../shared/field-labels';
import { ProgrammeForm } from './programme-form';

/** A national admin's changes to a programme: its fields, and deleting it while its events stay. */
@Component({
  selector: 'pr-programme-admin',
  imports: [ProgrammeForm, ConfirmAction, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 id="edit-programme">{{ 'training.programmes.edit' | t }}</h2>
    @if (notice() === 'saved') {
      <p class="notice ok" role="status">{{ 'training.programmes.saved' | t }}</p>
    } @else if (notice() === 'stale') {
      <p class="notice warn" role="alert">{{ 'training.programmes.stale' | t }}</p>
    }
    @if (write.problems().length) {
      <div class="error" role="alert">
        @for (p of write.problems(); track $index) {
          <p>{{ p }}</p>
        }
      </div>
    }
    <pr-programme-form
      [programme]="programme()"
      [busy]="write.busy()"
      [submitLabel]="'training.programmes.save' | t"
      (submitted)="save($event)"
    />
    <pr-confirm-action
      class="delete"
      [label]="'training.programmes.delete' | t"
      [question]="'training.programmes.deleteQuestion' | t"
      [confirmLabel]="'training.programmes.deleteConfirm' | t"
      [busy]="write.busy()"
      (confirmed)="remove()"
    />
  `,
  styles: `
    :host {
      display: grid;
      gap: 0.75rem;
    }
    h2 {
      margin: 0;
      font-size: 1.125rem;
    }
    .notice {
      margin: 0;
      padding: 0.5rem 0.75rem;
      border-radius: 6px;
    }
    .ok {
      background: #e8f5e9;
      color: #1b5e20;
    }
    .warn {
      background: #fff4e5;
      color: #6d3d00;
    }
    .error {
      color: #b3261e;
    }
    .error p {
      margin: 0;
    }
  `,
})
export class ProgrammeAdmin {
  readonly programme = input.required<TrainingProgrammeView>();
  /** Saved, or found changed by someone else: the page reads the programme again. */
  readonly changed = output<void>();
  readonly deleted = output<void>();

  private readonly api = inject(TrainingApi);
  protected readonly write = new WriteState(trainingFieldLabels());
  protected readonly notice = signal<'saved' | 'stale' | null>(null);

  protected async save(input: CreateTrainingProgrammeRequest): Promise<void> {
    const p = this.programme();
    this.notice.set(null);
    await this.write.run(async () => {
      try {
        await this.api.updateProgramme(p.id, p.version, input);
        this.notice.set('saved');
      } catch (error) {
        if (apiProblemOf(error).status !== 409) throw error;
        this.notice.set('stale');
      }
      this.changed.emit();
    });
  }

  protected remove(): Promise<boolean> {
    this.notice.set(null);
    return this.write.run(async () => {
      await this.api.deleteProgramme(this.programme().id);
      this.deleted.emit();
    });
  }
}
