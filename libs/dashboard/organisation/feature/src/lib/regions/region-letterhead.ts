import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  LETTERHEAD_EMBLEM_MAX_BYTES,
  LETTERHEAD_EMBLEM_TYPES,
  type LetterheadEmblem,
  type LetterheadEmblemType,
  type LetterheadView,
  type LocalizedText,
} from '@prgauge/contracts';
import { LetterheadApi } from '@prgauge/dashboard-organisation-data-access';
import { apiProblemOf } from '@prgauge/dashboard-shared-data-access';
import { TranslatePipe, TranslationService } from '@prgauge/dashboard-shared-i18n';
import {
  cleanLocalizedText,
  inputElement,
  LocalizedFields,
  withLocaleText,
  type LocalizedTextChange,
} from '@prgauge/dashboard-shared-ui';

const isEmblemType = (type: string): type is LetterheadEmblemType =>
  (LETTERHEAD_EMBLEM_TYPES as readonly string[]).includes(type);

/**
 * The region's letterhead, printed at the top of its PDF reports: the directorate's name and address in each
 * language and its emblem (PNG, JPEG or SVG, up to 300 KB). Saved whole with the version last read; a 409 reloads.
 */
@Component({
  selector: 'pr-region-letterhead',
  imports: [MatButtonModule, LocalizedFields, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card">
      <h2>{{ 'org.letterhead.title' | t }}</h2>
      <p class="hint">{{ 'org.letterhead.hint' | t }}</p>
      <pr-localized-fields
        labelKey="org.field.nameIn."
        [legend]="'org.letterhead.name' | t"
        [value]="name()"
        (changed)="name.set(change(name(), $event))"
      />
      <pr-localized-fields
        labelKey="org.letterhead.addressIn."
        [legend]="'org.letterhead.address' | t"
        [value]="address()"
        multiline
        (changed)="address.set(change(address(), $event))"
      />
      <label class="emblem">
        {{ 'org.letterhead.emblem' | t }}
        <input type="file" accept="image/png,image/jpeg,image/svg+xml" (change)="pick($event)" />
      </label>
      @if (emblem(); as e) {
        <img
          class="preview"
          [src]="'data:' + e.mediaType + ';base64,' + e.base64"
          [alt]="'org.letterhead.emblem' | t"
        />
        <button mat-button type="button" (click)="emblem.set(null)">
          {{ 'org.letterhead.removeEmblem' | t }}
        </button>
      }
      @if (notice(); as m) {
        <p role="status">{{ m }}</p>
      }
      <button mat-flat-button type="button" [disabled]="saving()" (click)="save()">
        {{ 'org.letterhead.save' | t }}
      </button>
    </section>
  `,
  styles: `
    .emblem {
      display: grid;
      gap: 4px;
      margin-block: 8px;
    }
    .preview {
      max-block-size: 64px;
      display: block;
      margin-block: 8px;
    }
    .hint {
      opacity: 0.75;
    }
  `,
})
export class RegionLetterhead {
  readonly regionId = input.required<string>();

  private readonly api = inject(LetterheadApi);
  private readonly translations = inject(TranslationService);

  protected readonly name = signal<LocalizedText>({});
  protected readonly address = signal<LocalizedText>({});
  protected readonly emblem = signal<LetterheadEmblem | null>(null);
  protected readonly saving = signal(false);
  protected readonly notice = signal<string | null>(null);
  private version = 0;

  constructor() {
    effect(() => void this.load(this.regionId()));
  }

  protected change(text: LocalizedText, change: LocalizedTextChange): LocalizedText {
    return withLocaleText(text, change);
  }

  protected async pick(event: Event): Promise<void> {
    const file = inputElement(event).files?.[0];
    if (!file) return;
    if (!isEmblemType(file.type) || file.size > LETTERHEAD_EMBLEM_MAX_BYTES) {
      this.notice.set(this.translations.t('org.letterhead.badEmblem'));
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    this.emblem.set({ mediaType: file.type, base64: btoa(binary) });
    this.notice.set(null);
  }

  protected async save(): Promise<void> {
    this.saving.set(true);
    try {
      const address = cleanLocalizedText(this.address());
      const emblem = this.emblem();
      this.show(
        await this.api.put(this.regionId(), {
          name: cleanLocalizedText(this.name()) ?? {},
          ...(address ? { address } : {}),
          ...(emblem ? { emblem } : {}),
          version: this.version,
        }),
      );
      this.notice.set(this.translations.t('org.letterhead.saved'));
    } catch (error) {
      const problem = apiProblemOf(error);
      if (problem?.status === 409) await this.load(this.regionId());
      this.notice.set(
        problem?.code
          ? this.translations.errorText(problem.code, problem.params)
          : this.translations.t('pdf.failed'),
      );
    } finally {
      this.saving.set(false);
    }
  }

  private async load(regionId: string): Promise<void> {
    this.show(await this.api.get(regionId));
  }

  private show(view: LetterheadView): void {
    this.name.set(view.name);
    this.address.set(view.address);
    this.emblem.set(view.emblem);
    this.version = view.version;
  }
}
