import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { LIMITS, type EvidenceView } from '@prgauge/contracts';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { SubmissionsApi } from '@prgauge/dashboard-submissions-data-access';
import {
  FileSizePipe,
  LocalNumberPipe,
  RefusalText,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';

/** The API's limit in MiB, checked here too so nobody waits for a large upload to be refused. */
const MAX_MEGABYTES = LIMITS.evidenceBytes / (1024 * 1024);

/** Evidence for one indicator: files (dropped or picked) and links, listed together; removable while editable. */
@Component({
  selector: 'pr-evidence-uploader',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    LocalNumberPipe,
    FileSizePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="files">
      @for (e of evidence(); track e.id) {
        <li>
          <mat-icon aria-hidden="true">{{ e.kind === 'link' ? 'link' : 'description' }}</mat-icon>
          @if (e.kind === 'file') {
            <a [href]="'/api/evidence/' + e.id + '/content'" target="_blank" rel="noopener">{{
              e.fileName
            }}</a>
            <small>{{ e.sizeBytes | fileSize }}</small>
          } @else {
            <a [href]="e.url" target="_blank" rel="noopener noreferrer">{{ e.url }}</a>
          }
          @if (editable()) {
            <button
              mat-icon-button
              type="button"
              (click)="remove(e)"
              [attr.aria-label]="'evidence.remove' | t: { name: e.fileName ?? e.url ?? '' }"
            >
              <mat-icon aria-hidden="true">delete</mat-icon>
            </button>
          }
        </li>
      }
    </ul>
    @if (editable()) {
      <label
        class="drop"
        [class.over]="over()"
        (dragover)="$event.preventDefault(); over.set(true)"
        (dragleave)="over.set(false)"
        (drop)="dropped($event)"
      >
        <mat-icon aria-hidden="true">upload_file</mat-icon>
        <span>{{ 'evidence.drop' | t: { size: (maxMegabytes | localNumber) } }}</span>
        <input
          type="file"
          class="visually-hidden"
          (change)="picked($event)"
          accept=".pdf,.png,.jpg,.jpeg,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods"
          multiple
        />
      </label>
      <form class="link-form" (submit)="$event.preventDefault(); addLink(link)">
        <mat-icon aria-hidden="true">add_link</mat-icon>
        <input
          #link
          type="url"
          inputmode="url"
          dir="ltr"
          [attr.maxlength]="2000"
          [placeholder]="'evidence.linkPlaceholder' | t"
          [attr.aria-label]="'evidence.linkLabel' | t"
        />
        <button mat-stroked-button type="submit" [disabled]="linking()">
          {{ 'evidence.addLink' | t }}
        </button>
      </form>
      @if (progress() !== null) {
        <mat-progress-bar
          mode="determinate"
          [value]="(progress() ?? 0) * 100"
          [attr.aria-label]="'evidence.uploading' | t"
        />
      }
      @if (error()) {
        <p class="error" role="alert">{{ error() }}</p>
      }
    }
  `,
  styleUrl: './evidence-uploader.scss',
})
export class EvidenceUploader {
  readonly submissionId = input.required<string>();
  readonly indicator = input.required<string>();
  readonly evidence = input.required<EvidenceView[]>();
  readonly editable = input(false);
  readonly added = output<EvidenceView>();
  readonly removed = output<string>();

  protected readonly maxMegabytes = MAX_MEGABYTES;
  private readonly api = inject(SubmissionsApi);
  private readonly refusals = inject(RefusalText);
  private readonly translations = inject(TranslationService);
  protected readonly over = signal(false);
  protected readonly progress = signal<number | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly linking = signal(false);

  protected dropped(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    void this.upload(Array.from(event.dataTransfer?.files ?? []));
  }

  protected picked(event: Event): void {
    const input = event.target as HTMLInputElement;
    void this.upload(Array.from(input.files ?? [])).then(() => (input.value = ''));
  }

  private async upload(files: File[]): Promise<void> {
    this.error.set(null);
    for (const file of files) {
      if (file.size > LIMITS.evidenceBytes) {
        // Worded as the API's own refusal of a large file, so it reads in the reader's language.
        const tooLarge = { code: 'upload.too_large', params: { maxBytes: LIMITS.evidenceBytes } } as const;
        this.error.set(`${file.name}: ${this.refusals.summary({ status: 413, details: [], ...tooLarge })}`);
        continue;
      }
      this.progress.set(0);
      await new Promise<void>((resolve) =>
        this.api.upload(this.submissionId(), this.indicator(), file).subscribe({
          next: (event) =>
            'done' in event ? this.added.emit(event.done) : this.progress.set(event.progress),
          error: (error: unknown) => {
            // An upload's refusal names the file's problem as a whole (too large, not a type taken here).
            this.error.set(`${file.name}: ${this.refusals.summary(apiProblemOf(error))}`);
            resolve();
          },
          complete: () => resolve(),
        }),
      );
    }
    this.progress.set(null);
  }

  /** Adds the typed address as evidence; the API checks it too (http or https only). */
  protected async addLink(field: HTMLInputElement): Promise<void> {
    const url = field.value.trim();
    this.error.set(null);
    if (!url) return;
    if (!/^https?:\/\/\S+$/i.test(url)) {
      this.error.set(this.translations.t('evidence.linkInvalid'));
      return;
    }
    this.linking.set(true);
    try {
      this.added.emit(await this.api.addLink(this.submissionId(), this.indicator(), url));
      field.value = '';
    } catch (error) {
      const problem = apiProblemOf(error);
      const detail = problem.details[0];
      this.error.set(detail ? this.refusals.field(detail) : this.refusals.summary(problem));
    } finally {
      this.linking.set(false);
    }
  }

  protected async remove(evidence: EvidenceView): Promise<void> {
    try {
      await this.api.removeEvidence(evidence.id);
      this.removed.emit(evidence.id);
    } catch (error) {
      this.error.set(this.refusals.summary(apiProblemOf(error)));
    }
  }
}
