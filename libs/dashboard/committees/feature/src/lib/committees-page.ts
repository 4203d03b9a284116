import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { LocalizedPipe, LocalNumberPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { TrainingLookups } from '@prgauge/dashboard-training-data-access';
import { TrainingTabs } from '@prgauge/dashboard-training-ui';

/** The region's committees of PR managers, with their chairs, sizes and the indices they review. */
@Component({
  selector: 'pr-committees-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TrainingTabs,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <pr-training-tabs />
    <header class="page-header">
      <h1>{{ 'committees.title' | t }}</h1>
      <span class="spacer"></span>
      @if (canCreate()) {
        <a mat-flat-button routerLink="/training/committees/new">
          <mat-icon aria-hidden="true">add</mat-icon>
          {{ 'committees.new' | t }}
        </a>
      }
    </header>
    @if (lookups.committees.isLoading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
    }
    @if (lookups.committees.error()) {
      <p class="error" role="alert">{{ 'committees.loadFailed' | t }}</p>
    } @else {
      <section class="card">
        <div class="scroll">
          <table [attr.aria-label]="'committees.title' | t">
            <thead>
              <tr>
                <th scope="col">{{ 'committees.name' | t }}</th>
                <th scope="col">{{ 'committees.kind' | t }}</th>
                <th scope="col">{{ 'committees.chair' | t }}</th>
                <th scope="col" class="num">{{ 'committees.members' | t }}</th>
                <th scope="col" class="num">{{ 'committees.duties' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of lookups.committees.hasValue() ? lookups.committees.value() : []; track c.id) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['/training/committees', c.id]">{{ c.name | localized }}</a>
                  </th>
                  <td>{{ 'committees.kindName.' + c.kind | t }}</td>
                  <td>{{ c.chair ?? '—' }}</td>
                  <td class="num">{{ c.members.length | localNumber }}</td>
                  <td class="num">{{ c.indices.length | localNumber }}</td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="5">{{ 'committees.none' | t }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    }
  `,
  styleUrl: './committees.scss',
})
export class CommitteesPage {
  protected readonly lookups = inject(TrainingLookups);
  private readonly session = inject(SessionStore);
  protected readonly canCreate = computed(() => this.session.can('committee.manage'));
}
