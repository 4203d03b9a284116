import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { ReportsApi, type PdfRefusal } from '@prgauge/dashboard-results-data-access';
import { LocaleStore, TranslatePipe, TranslationService } from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';

/** Which report a button downloads. */
export type PdfReport =
  | { kind: 'scorecard'; cycleId: string; agencyId: string; fileName: string }
  | { kind: 'ranking'; cycleId: string; fileName: string };

/**
 * A "Download PDF" button in the reader's language. With `asLetter` (the director), it first opens a small
 * dialog for the outgoing letter's number and date, printed on the report as on official letters. A refusal is
 * explained in the reader's language from its catalogue code: 503 `report.renderer_unavailable` says the server
 * cannot make PDFs, rather than "something went wrong".
 */
@Component({
  selector: 'pr-pdf-download',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" class="pdf-button" [disabled]="busy()" (click)="start()">
      {{ (busy() ? 'pdf.preparing' : label()) | t }}
    </button>
    @if (failure(); as text) {
      <p class="error" role="alert">{{ text }}</p>
    }
    <dialog #letter [attr.aria-label]="'pdf.letterTitle' | t">
      <form method="dialog" (submit)="$event.preventDefault(); download()">
        <h2>{{ 'pdf.letterTitle' | t }}</h2>
        <p class="hint">{{ 'pdf.letterHint' | t }}</p>
        <label
          >{{ 'pdf.letterNo' | t }}
          <input type="text" maxlength="40" [value]="letterNo()" (input)="letterNo.set(inputValue($event))"
        /></label>
        <label
          >{{ 'pdf.letterDate' | t }}
          <input type="date" [value]="letterDate()" (input)="letterDate.set(inputValue($event))"
        /></label>
        <div class="actions">
          <button type="button" (click)="close()">{{ 'pdf.cancel' | t }}</button>
          <button type="submit">{{ 'pdf.print' | t }}</button>
        </div>
      </form>
    </dialog>
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .error {
      color: var(--pr-error, #b3261e);
      margin-block: 4px 0;
    }
    dialog form {
      display: grid;
      gap: 10px;
      min-inline-size: 280px;
    }
    dialog label {
      display: grid;
      gap: 4px;
    }
    .actions {
      display: flex;
      gap: 8px;
      justify-content: flex-end;
    }
    .hint {
      margin: 0;
      opacity: 0.75;
    }
  `,
})
export class PdfDownload {
  /** The report to download. */
  readonly report = input.required<PdfReport>();
  /** Whether to ask for the outgoing letter's number and date first. */
  readonly asLetter = input(false);
  /** The button's text key. */
  readonly label = input('pdf.download');

  private readonly api = inject(ReportsApi);
  private readonly locales = inject(LocaleStore);
  private readonly translations = inject(TranslationService);
  private readonly document = inject(DOCUMENT);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('letter');
  protected readonly inputValue = inputValue;

  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly letterNo = signal('');
  protected readonly letterDate = signal('');

  protected start(): void {
    if (this.asLetter()) this.dialog().nativeElement.showModal();
    else void this.download();
  }

  protected close(): void {
    this.dialog().nativeElement.close();
  }

  protected async download(): Promise<void> {
    this.close();
    const report = this.report();
    const options = {
      lang: this.locales.locale(),
      letterNo: this.letterNo().trim() || undefined,
      letterDate: this.letterDate() || undefined,
    };
    this.busy.set(true);
    this.failure.set(null);
    try {
      const blob =
        report.kind === 'scorecard'
          ? await this.api.scorecardPdf(report.cycleId, report.agencyId, options)
          : await this.api.rankingReportPdf(report.cycleId, options);
      const link = this.document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = report.fileName;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      this.failure.set(this.explain(error as PdfRefusal));
    } finally {
      this.busy.set(false);
    }
  }

  private explain(refusal: PdfRefusal): string {
    if (refusal.code) return this.translations.errorText(refusal.code, refusal.params);
    return this.translations.t(refusal.status === 0 ? 'pdf.offline' : 'pdf.failed');
  }
}
