import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabsModule } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive } from '@angular/router';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/** The organisation's three lists, as tabs over each of its pages. */
@Component({
  selector: 'pr-org-tabs',
  imports: [MatTabsModule, RouterLink, RouterLinkActive, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav mat-tab-nav-bar [tabPanel]="panel" [attr.aria-label]="'org.title' | t">
      @for (tab of tabs; track tab.path) {
        <a
          mat-tab-link
          [routerLink]="['/organisation', tab.path]"
          routerLinkActive
          #active="routerLinkActive"
          [active]="active.isActive"
        >
          {{ tab.label | t }}
        </a>
      }
    </nav>
    <mat-tab-nav-panel #panel><ng-content /></mat-tab-nav-panel>
  `,
  styles: `
    :host {
      display: block;
    }
    nav {
      margin-block-end: 1rem;
    }
  `,
})
export class SectionTabs {
  protected readonly tabs = [
    { path: 'regions', label: 'org.tab.regions' },
    { path: 'agencies', label: 'org.tab.agencies' },
    { path: 'accounts', label: 'org.tab.accounts' },
  ] as const;
}
