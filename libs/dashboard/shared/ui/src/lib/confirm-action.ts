import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';

/**
 * A destructive button that asks first, in place: the question and its two answers replace the button, and
 * focus moves to "cancel" so that a stray Enter does not delete anything.
 */
@Component({
  selector: 'pr-confirm-action',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (asking()) {
      <div class="ask" role="alertdialog" [attr.aria-label]="question()">
        <p>{{ question() }}</p>
        <button mat-flat-button type="button" class="danger" [disabled]="busy()" (click)="confirm()">
          {{ confirmLabel() }}
        </button>
        <button #cancel mat-button type="button" (click)="asking.set(false)">
          {{ 'confirm.cancel' | t }}
        </button>
      </div>
    } @else {
      <button mat-stroked-button type="button" class="start" (click)="asking.set(true)">
        <mat-icon aria-hidden="true">delete</mat-icon>{{ label() }}
      </button>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .ask {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid #f2b8b5;
      border-radius: 8px;
      background: #fff4f3;
    }
    .ask p {
      margin: 0;
      flex: 1 1 16rem;
    }
    .danger {
      --mat-button-filled-container-color: #b3261e;
      --mat-button-filled-label-text-color: #fff;
    }
    .start {
      color: #b3261e;
    }
  `,
})
export class ConfirmAction {
  /** The button's text, such as "Delete the event". */
  readonly label = input.required<string>();
  readonly question = input.required<string>();
  readonly confirmLabel = input.required<string>();
  readonly busy = input(false);
  readonly confirmed = output<void>();

  protected readonly asking = signal(false);
  private readonly cancel = viewChild<ElementRef<HTMLButtonElement>>('cancel');

  constructor() {
    afterRenderEffect(() => this.cancel()?.nativeElement.focus());
  }

  protected confirm(): void {
    this.confirmed.emit();
    this.asking.set(false);
  }
}
