import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { apiProblemOf, UnsubscribeApi } from '@prgauge/dashboard-shared-data-access';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/** Where the page stands: asking, turning off, done, or refused. */
type UnsubscribeStep = 'asking' | 'saving' | 'done' | 'invalid' | 'failed';

/**
 * Where an email's unsubscribe link leads (`/unsubscribe?token=…`): it asks before turning that kind of email
 * off, so that a link opened by a mail scanner changes nothing. Needs no sign-in.
 */
@Component({
  selector: 'pr-unsubscribe-page',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1>{{ 'unsubscribe.title' | t }}</h1>
    @switch (step()) {
      @case ('done') {
        <p role="status">{{ 'unsubscribe.done' | t }}</p>
      }
      @case ('invalid') {
        <p role="alert">{{ 'unsubscribe.invalid' | t }}</p>
      }
      @default {
        <p>{{ 'unsubscribe.explain' | t }}</p>
        @if (step() === 'failed') {
          <p role="alert">{{ 'unsubscribe.failed' | t }}</p>
        }
        <button mat-flat-button type="button" [disabled]="step() === 'saving'" (click)="confirm()">
          {{ 'unsubscribe.confirm' | t }}
        </button>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      max-inline-size: 36rem;
    }
  `,
})
export class UnsubscribePage {
  private readonly api = inject(UnsubscribeApi);
  /** The link's `token` query parameter. */
  readonly token = input<string>();
  protected readonly step = signal<UnsubscribeStep>('asking');

  protected async confirm(): Promise<void> {
    const token = this.token();
    if (!token) {
      this.step.set('invalid');
      return;
    }
    this.step.set('saving');
    try {
      await this.api.unsubscribe(token);
      this.step.set('done');
    } catch (error) {
      this.step.set(apiProblemOf(error).status === 400 ? 'invalid' : 'failed');
    }
  }
}
