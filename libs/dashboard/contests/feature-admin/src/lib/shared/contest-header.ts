import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { ContestView } from '@prgauge/contracts';
import { LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/** A contest's title, phase and the organisers' sections of it. */
@Component({
  selector: 'pr-contest-header',
  imports: [RouterLink, RouterLinkActive, TranslatePipe, LocalizedPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back">
      <a routerLink="/contests/manage">{{ 'contestsAdmin.list.title' | t }}</a>
    </p>
    <header class="title">
      <h1>{{ contest().title | localized }}</h1>
      <span class="phase">{{ 'contestsAdmin.phase.' + contest().phase | t }}</span>
    </header>
    <nav class="tabs" [attr.aria-label]="'contestsAdmin.tabs' | t">
      @for (tab of tabs; track tab.path) {
        <a
          [routerLink]="['/contests/manage', contest().id].concat(tab.path ? [tab.path] : [])"
          routerLinkActive="active"
          [routerLinkActiveOptions]="{ exact: true }"
          #link="routerLinkActive"
          [attr.aria-current]="link.isActive ? 'page' : null"
          >{{ tab.label | t }}</a
        >
      }
    </nav>
  `,
  styles: `
    :host {
      display: block;
    }
    .back {
      margin-block: 0 0.25rem;
    }
    .title {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      h1 {
        margin: 0;
        font-size: 1.5rem;
      }
    }
    .phase {
      padding: 0.15rem 0.6rem;
      border-radius: 999px;
      background: #e3ecfa;
      color: #0d47a1;
      font-size: 0.85rem;
    }
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      margin-block: 0.75rem 1rem;
      border-block-end: 1px solid #d5d9e2;
    }
    .tabs a {
      padding: 0.5rem 0.9rem;
      color: inherit;
      text-decoration: none;
      border-block-end: 3px solid transparent;
    }
    .tabs a:hover,
    .tabs a:focus-visible {
      background: #eef2fa;
    }
    .tabs a.active {
      border-block-end-color: #1565c0;
      font-weight: 600;
      color: #0d47a1;
    }
  `,
})
export class ContestHeader {
  readonly contest = input.required<ContestView>();

  protected readonly tabs = [
    { path: '', label: 'contestsAdmin.tab.settings' },
    { path: 'applications', label: 'contestsAdmin.tab.applications' },
    { path: 'jury', label: 'contestsAdmin.tab.jury' },
    { path: 'voters', label: 'contestsAdmin.tab.voters' },
    { path: 'anomalies', label: 'contestsAdmin.tab.anomalies' },
    { path: 'results', label: 'contestsAdmin.tab.results' },
  ] as const;
}
