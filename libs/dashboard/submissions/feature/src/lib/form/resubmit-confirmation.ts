import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import type { ReviewCommentView } from '@prgauge/contracts';
import { LocalNumberPipe, PlainNumberPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import type { ChangesSummary } from './review-loop-model';

/**
 * The confirmation before a returned submission goes back: what changed since the return (values, evidence,
 * replies), and which comments still need an answer, each linking to its field. Sending waits for every answer.
 */
@Component({
  selector: 'pr-resubmit-confirmation',
  imports: [MatButtonModule, MatIconModule, LocalNumberPipe, PlainNumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="confirm" role="dialog" aria-labelledby="confirm-title">
      <h2 id="confirm-title">{{ 'loop.confirm.title' | t }}</h2>
      @if (unanswered().length) {
        <div class="unanswered" role="alert">
          <p>{{ 'loop.confirm.unanswered' | t: { count: (unanswered().length | localNumber) } }}</p>
          <ul>
            @for (c of unanswered(); track c.id) {
              <li>
                @if (c.indicator; as key) {
                  <button type="button" class="link" (click)="focused.emit(key)">
                    {{ leafNames().get(key) ?? key }}
                  </button>
                } @else {
                  <strong>{{ 'loop.wholeSubmission' | t }}</strong>
                }
                — <bdi>{{ c.body }}</bdi>
              </li>
            }
          </ul>
        </div>
      }
      @if (changes(); as ch) {
        @if (ch.values.length || ch.evidence.length || ch.replies.length) {
          <p>{{ 'loop.confirm.changed' | t }}</p>
          <ul class="changes">
            @for (v of ch.values; track v.indicator) {
              <li>
                <mat-icon aria-hidden="true">edit</mat-icon>
                {{ leafNames().get(v.indicator) ?? v.indicator }}:
                <bdi>{{ shown(v.before) | plainNumber }}</bdi>
                <mat-icon class="arrow" aria-hidden="true">arrow_forward</mat-icon>
                <bdi>{{ shown(v.after) | plainNumber }}</bdi>
              </li>
            }
            @for (e of ch.evidence; track e.id) {
              <li>
                <mat-icon aria-hidden="true">{{ e.kind === 'link' ? 'link' : 'attach_file' }}</mat-icon>
                {{ leafNames().get(e.indicator) ?? e.indicator }}:
                <bdi dir="ltr">{{ e.fileName ?? e.url }}</bdi>
              </li>
            }
            @for (c of ch.replies; track c.id) {
              <li>
                <mat-icon aria-hidden="true">reply</mat-icon>
                {{
                  c.indicator ? (leafNames().get(c.indicator) ?? c.indicator) : ('loop.wholeSubmission' | t)
                }}: <bdi>«{{ c.reply }}»</bdi>
              </li>
            }
          </ul>
        } @else {
          <p>{{ 'loop.confirm.nothing' | t }}</p>
        }
      }
      <div class="actions">
        <button mat-flat-button type="button" [disabled]="unanswered().length > 0" (click)="confirmed.emit()">
          {{ 'loop.confirm.send' | t }}
        </button>
        <button mat-stroked-button type="button" (click)="cancelled.emit()">
          {{ 'loop.confirm.back' | t }}
        </button>
      </div>
    </section>
  `,
  styles: `
    .confirm {
      padding: 1rem;
      border: 1px solid #90caf9;
      border-radius: 8px;
      background: #f5faff;
    }
    h2 {
      margin: 0 0 0.5rem;
      font-size: 1.1rem;
    }
    ul {
      margin: 0.25rem 0 0.75rem;
      padding-inline-start: 1.25rem;
    }
    .changes {
      list-style: none;
      padding: 0;
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.35rem;
        margin-block: 0.2rem;
      }
    }
    /* The change reads in the text's direction: right to left points left. */
    :host-context([dir='rtl']) .arrow {
      transform: scaleX(-1);
    }
    .arrow {
      font-size: 1.1rem;
      inline-size: 1.1rem;
      block-size: 1.1rem;
    }
    .unanswered {
      color: #8a1c15;
    }
    .link {
      border: 0;
      padding: 0;
      background: none;
      color: #0d47a1;
      text-decoration: underline;
      font: inherit;
      cursor: pointer;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
})
export class ResubmitConfirmation {
  readonly changes = input<ChangesSummary | null>(null);
  readonly unanswered = input<ReviewCommentView[]>([]);
  readonly leafNames = input<ReadonlyMap<string, string>>(new Map());
  readonly confirmed = output();
  readonly cancelled = output();
  readonly focused = output<string>();

  /** Yes/no values read as 1 and 0 here, as they are stored and compared. */
  protected shown(value: number | boolean | null): number | null {
    return typeof value === 'boolean' ? Number(value) : value;
  }
}
