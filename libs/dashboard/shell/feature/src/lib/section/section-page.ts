import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { TranslatePipe } from '@prgauge/dashboard-i18n';

/** An area of the product that is announced in the navigation before its screens land. */
@Component({
  selector: 'pr-section-page',
  imports: [MatCardModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ title() | t }}</h1>
    <mat-card appearance="outlined">
      <mat-card-content>
        <p>{{ description() | t }}</p>
        <p class="note">{{ 'section.preparing' | t }}</p>
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    p {
      margin-block: 0 8px;
    }
    .note {
      margin-block-end: 0;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SectionPage {
  /** Route data: the translation keys of the area's title and description. */
  readonly title = input.required<string>();
  readonly description = input.required<string>();
}
