import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { ContestsAdminApi } from '@prgauge/dashboard-contests-data-access';
import {
  LocalMomentPipe,
  LocalizedPipe,
  LocalNumberPipe,
  LocalYearPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';

/** The contests an organiser runs, newest first, with a way to set up a new one. */
@Component({
  selector: 'pr-contests-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslatePipe,
    LocalizedPipe,
    LocalNumberPipe,
    LocalMomentPipe,
    LocalYearPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './contests-page.html',
  styleUrl: './contests-page.scss',
})
export class ContestsPage {
  private readonly api = inject(ContestsAdminApi);

  protected readonly contests = resource({
    loader: async () => (await this.api.contests()).sort((a, b) => b.year - a.year),
  });
}
