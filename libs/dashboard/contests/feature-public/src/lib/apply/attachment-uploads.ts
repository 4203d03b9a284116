import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  model,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ContestsApi } from '@prgauge/dashboard-contests-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { FileSizePipe, RefusalText, TranslatePipe } from '@prgauge/dashboard-shared-i18n';

interface Upload {
  name: string;
  progress: number;
  done: boolean;
  error: string | null;
}

/**
 * Files chosen with the application. They are held until the application exists, then sent one by one with
 * a progress bar each, since a 10 MB file on a slow line takes a while.
 */
@Component({
  selector: 'pr-attachment-uploads',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, TranslatePipe, FileSizePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!applicationId()) {
      <label class="pick">
        <span>{{ 'contests.apply.attachments' | t }}</span>
        <input
          type="file"
          multiple
          accept=".pdf,.png,.jpg,.jpeg,.doc,.docx,.xls,.xlsx"
          (change)="choose($event)"
        />
      </label>
      <p class="hint">{{ 'contests.apply.attachmentsHint' | t }}</p>
      <ul>
        @for (f of files(); track $index) {
          <li>
            {{ f.name }} ({{ f.size | fileSize }})
            <button
              mat-icon-button
              type="button"
              [attr.aria-label]="'contests.apply.removeFile' | t: { name: f.name }"
              (click)="remove($index)"
            >
              <mat-icon aria-hidden="true">close</mat-icon>
            </button>
          </li>
        }
      </ul>
    } @else {
      <ul>
        @for (u of uploads(); track u.name) {
          <li>
            <span>{{ u.name }}</span>
            @if (u.error) {
              <span class="field-error" role="alert">{{ u.error }}</span>
            } @else if (u.done) {
              <span>{{ 'contests.apply.uploaded' | t }}</span>
            } @else {
              <mat-progress-bar
                mode="determinate"
                [value]="u.progress * 100"
                [attr.aria-label]="'contests.apply.uploading' | t: { name: u.name }"
              />
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .pick {
      display: grid;
      gap: 0.25rem;
      font-weight: 600;
    }
    .hint {
      margin: 0.25rem 0;
      font-size: 0.85rem;
      color: #4a4f58;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      overflow-wrap: anywhere;
      mat-progress-bar {
        flex: 1 1 10rem;
      }
    }
    .field-error {
      color: #b3261e;
    }
  `,
})
export class AttachmentUploads {
  readonly files = model<File[]>([]);
  /** Set once the application is filed: the chosen files are then sent to it. */
  readonly applicationId = input<string | null>(null);
  /** Given to a candidate who applied without an account. */
  readonly uploadToken = input<string | null>(null);

  private readonly api = inject(ContestsApi);
  private readonly refusals = inject(RefusalText);
  protected readonly uploads = signal<Upload[]>([]);

  constructor() {
    effect(() => {
      const id = this.applicationId();
      if (id) void this.send(id, untracked(this.files), untracked(this.uploadToken));
    });
  }

  protected choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.files.update((f) => [...f, ...Array.from(input.files ?? [])]);
    input.value = '';
  }

  protected remove(index: number): void {
    this.files.update((f) => f.filter((_, i) => i !== index));
  }

  private async send(applicationId: string, files: File[], token: string | null): Promise<void> {
    this.uploads.set(files.map((f) => ({ name: f.name, progress: 0, done: false, error: null })));
    for (const [index, file] of files.entries()) {
      const set = (change: Partial<Upload>) =>
        this.uploads.update((list) => list.map((u, i) => (i === index ? { ...u, ...change } : u)));
      await new Promise<void>((resolve) =>
        this.api.attach(applicationId, file, token).subscribe({
          next: (e) => set('done' in e ? { done: true, progress: 1 } : { progress: e.progress }),
          error: (error: unknown) => {
            set({ error: this.refusals.summary(apiProblemOf(error)) });
            resolve();
          },
          complete: () => resolve(),
        }),
      );
    }
  }
}
