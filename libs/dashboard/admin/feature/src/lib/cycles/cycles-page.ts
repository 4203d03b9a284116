import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import {
  CalendarDayPipe,
  LocalDigitsPipe,
  LocalMomentPipe,
  TranslatePipe,
} from '@prgauge/dashboard-shared-i18n';
import { SubmissionCounts } from '../shared/submission-counts';

/** The region's cycles, newest first, each with its status, period, deadline and the way to manage it. */
@Component({
  selector: 'pr-admin-cycles-page',
  imports: [
    LocalDigitsPipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    CalendarDayPipe,
    LocalMomentPipe,
    TranslatePipe,
    SubmissionCounts,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './cycles-page.html',
  styleUrl: './cycles-page.scss',
})
export class CyclesPage {
  private readonly api = inject(CyclesApi);
  protected readonly cycles = resource({ loader: () => this.api.list() });
}
