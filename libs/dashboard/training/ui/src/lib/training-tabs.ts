import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/** The training area's own navigation: events, programmes, reports, topics and committees. */
@Component({
  selector: 'pr-training-tabs',
  imports: [RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="tabs" [attr.aria-label]="'training.tabs' | t">
      @for (tab of tabs; track tab.path) {
        <a
          [routerLink]="tab.path"
          routerLinkActive="active"
          [routerLinkActiveOptions]="{ exact: tab.exact }"
          #link="routerLinkActive"
          [attr.aria-current]="link.isActive ? 'page' : null"
          >{{ tab.label | t }}</a
        >
      }
    </nav>
  `,
  styles: `
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin-block-end: 1rem;
      border-block-end: 1px solid #d5d9e2;
    }
    a {
      padding: 0.5rem 0.9rem;
      color: inherit;
      text-decoration: none;
      border-block-end: 3px solid transparent;
    }
    a:hover,
    a:focus-visible {
      background: #eef2fa;
    }
    a.active {
      border-block-end-color: #1565c0;
      font-weight: 600;
      color: #0d47a1;
    }
  `,
})
export class TrainingTabs {
  protected readonly tabs = [
    { path: '/training', label: 'training.tab.events', exact: true },
    { path: '/training/programmes', label: 'training.tab.programmes', exact: false },
    { path: '/training/reports', label: 'training.tab.reports', exact: false },
    { path: '/training/topics', label: 'training.tab.topics', exact: false },
    { path: '/training/committees', label: 'training.tab.committees', exact: false },
  ] as const;
}
