import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { ReportsApi, type PdfRefusal, type PdfReportOptions } from '@prgauge/dashboard-results-data-access';
import { LocaleStore, TranslatePipe, TranslationService } from '@prgauge/dashboard-shared-i18n';
import { askForLetter, letterOptions } from './letter-request';

/** Which report a button downloads. */
export type PdfReport =
  | { kind: 'scorecard'; cycleId: string; agencyId: string; fileName: string }
  | { kind: 'ranking'; cycleId: string; fileName: string };

/**
 * A "Download PDF" button in the reader's language. With `asLetter` (the director), it first opens the
 * letter dialog for the outgoing letter's number and date, printed on the report as on official letters. A refusal is
 * explained in the reader's language from its catalogue code: 503 `report.renderer_unavailable` says the server
 * cannot make PDFs, rather than "something went wrong".
 */
@Component({
  selector: 'pr-pdf-download',
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button mat-stroked-button type="button" [disabled]="busy()" (click)="start()">
      <mat-icon aria-hidden="true">picture_as_pdf</mat-icon>
      {{ (busy() ? 'pdf.preparing' : label()) | t }}
    </button>
    @if (failure(); as text) {
      <p class="error" role="alert">{{ text }}</p>
    }
  `,
  styles: `
    :host {
      display: inline-block;
    }
    .error {
      color: var(--mat-sys-error, #b3261e);
      margin-block: 4px 0;
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
  private readonly dialog = inject(MatDialog);

  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected async start(): Promise<void> {
    if (!this.asLetter()) return this.download({});
    const letter = await askForLetter(this.dialog);
    if (letter) await this.download(letterOptions(letter));
  }

  private async download(letter: Omit<PdfReportOptions, 'lang'>): Promise<void> {
    const report = this.report();
    const options = { lang: this.locales.locale(), ...letter };
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
