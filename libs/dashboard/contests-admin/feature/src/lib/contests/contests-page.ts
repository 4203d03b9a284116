import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { LocalMomentPipe, LocalizedPipe, LocalNumberPipe, TranslatePipe } from '@prgauge/dashboard-i18n';
import { ContestsAdminApi } from '../data-access/contests-admin.api';
import { YearPipe } from '../shared/year.pipe';

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
    YearPipe,
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
