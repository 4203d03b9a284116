import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import {
  CalendarDayPipe,
  LocalizedPipe,
  LocalNumberPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { TrainingLookups } from '@prgauge/dashboard-training-data-access';
import { TrainingTabs } from '@prgauge/dashboard-training-ui';

/** Programmes that group events across regions, with the totals this person may see. */
@Component({
  selector: 'pr-training-programmes-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TrainingTabs,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
    CalendarDayPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pr-training-tabs />
    <header class="page-header">
      <h1>{{ 'training.programmes.title' | t }}</h1>
      <span class="spacer"></span>
      @if (mayManage()) {
        <a mat-flat-button routerLink="/training/programmes/new">
          <mat-icon aria-hidden="true">add</mat-icon>
          {{ 'training.programmes.new' | t }}
        </a>
      }
    </header>
    @if (lookups.programmes.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
    }
    @if (lookups.programmes.error()) {
      <p class="error" role="alert">{{ 'training.loadFailed' | t }}</p>
    } @else {
      <section class="card">
        <div class="scroll">
          <table [attr.aria-label]="'training.programmes.title' | t">
            <thead>
              <tr>
                <th scope="col">{{ 'training.programmes.name' | t }}</th>
                <th scope="col">{{ 'training.field.dates' | t }}</th>
                <th scope="col" class="num">{{ 'training.programmes.events' | t }}</th>
                <th scope="col" class="num">{{ 'training.figure.attended' | t }}</th>
                <th scope="col" class="num">{{ 'training.figure.personHours' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (p of lookups.programmes.hasValue() ? lookups.programmes.value() : []; track p.id) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['/training/programmes', p.id]">{{ p.name | localized }}</a>
                  </th>
                  <td class="dates">{{ p.startDate | calendarDay }} – {{ p.endDate | calendarDay }}</td>
                  <td class="num">{{ p.events | localNumber }}</td>
                  <td class="num">{{ p.attended | localNumber }}</td>
                  <td class="num">{{ p.personHours | localNumber }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="5">{{ 'training.programmes.none' | t }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    }
  `,
  styleUrl: './programmes.scss',
})
export class ProgrammesPage {
  protected readonly lookups = inject(TrainingLookups);
  private readonly session = inject(SessionStore);
  /** Programmes span regions, so only national admins set them up. */
  protected readonly mayManage = computed(() => this.session.can('training.programme.manage'));
}
