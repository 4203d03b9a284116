import { ChangeDetectionStrategy, Component, inject, OnInit } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';
import { LocalDayPipe, READER_TIME_ZONE, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { HealthStore } from './health';

@Component({
  selector: 'pr-home-page',
  imports: [MatCardModule, MatChipsModule, MatIconModule, TranslatePipe, LocalDayPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'home.title' | t }}</h1>
    <p class="lead">{{ 'home.description' | t }}</p>
    <p class="today">{{ 'home.today' | t: { date: (today | localDay: readerZone : 'long') } }}</p>
    <section class="status" [attr.aria-label]="'health.label' | t">
      <span>{{ 'health.label' | t }}:</span>
      <mat-chip-set>
        <mat-chip [class]="health.state()" [disableRipple]="true">
          <mat-icon matChipAvatar aria-hidden="true">{{ icon[health.state()] }}</mat-icon>
          {{ 'health.' + health.state() | t }}
        </mat-chip>
      </mat-chip-set>
    </section>
    <section class="method" aria-labelledby="method-title">
      <h2 id="method-title">{{ 'method.title' | t }}</h2>
      <ol>
        @for (step of steps; track step) {
          <li>{{ step | t }}</li>
        }
      </ol>
    </section>
  `,
  styles: `
    .lead {
      max-inline-size: 70ch;
      line-height: 1.6;
    }
    .method {
      max-inline-size: 70ch;
      line-height: 1.6;
      margin-block-start: 1.5rem;
    }
    .status {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .ok {
      --mat-chip-elevated-container-color: var(--mat-sys-tertiary-container);
    }
    .down {
      --mat-chip-elevated-container-color: var(--mat-sys-error-container);
    }
  `,
})
export class HomePage implements OnInit {
  protected readonly health = inject(HealthStore);
  protected readonly today = new Date();
  /** Today is the reader's own day, on the clocks of the browser they read on. */
  protected readonly readerZone = inject(READER_TIME_ZONE);
  protected readonly icon = { checking: 'hourglass_top', ok: 'check_circle', down: 'error' } as const;
  /** How a score is made, in the order the engine does it. */
  protected readonly steps = [
    'method.values',
    'method.normalise',
    'method.weights',
    'method.missing',
    'method.ranks',
    'method.stability',
  ] as const;

  ngOnInit(): void {
    this.health.refresh();
  }
}
