import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  COMMITTEE_KINDS,
  LIMITS,
  type CommitteeKind,
  type CommitteeView,
  type CreateCommitteeRequest,
  type IndexHeader,
  type LocalizedText,
} from '@prgauge/contracts';

import { LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { FrameworkIndices } from '@prgauge/dashboard-committees-data-access';
import {
  cleanLocalizedText as cleanName,
  inputValue,
  LocalizedFields,
  withLocaleText,
} from '@prgauge/dashboard-shared-ui';

interface CommitteeFormValue {
  kind: CommitteeKind;
  name: LocalizedText;
  chair: string;
  indices: string[];
}

const valueOf = (c: CommitteeView | null): CommitteeFormValue => ({
  kind: c?.kind ?? 'custom',
  name: { ...(c?.name ?? {}) },
  chair: c?.chair ?? '',
  indices: [...(c?.indices ?? [])],
});

/** A committee's kind, name in four languages, chair and the indices it reviews; the page decides what saving means. */
@Component({
  selector: 'pr-committee-form',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    LocalizedFields,
    TranslatePipe,
    LocalizedPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (submit)="$event.preventDefault(); submit()">
      <div class="row">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'committees.kind' | t }}</mat-label>
          <mat-select [value]="value().kind" (valueChange)="patch({ kind: $event })">
            @for (k of kinds; track k) {
              <mat-option [value]="k">{{ 'committees.kindName.' + k | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ 'committees.chair' | t }}</mat-label>
          <input
            matInput
            [attr.maxlength]="limits.personName.max"
            [value]="value().chair"
            (input)="patch({ chair: inputValue($event) })"
          />
        </mat-form-field>
      </div>
      <pr-localized-fields
        labelKey="committees.name.in"
        [maxLength]="limits.localizedText.max"
        [legend]="'committees.nameLegend' | t"
        [value]="value().name"
        (changed)="patch({ name: withText(value().name, $event) })"
      />
      <mat-form-field appearance="outline" subscriptSizing="dynamic" class="indices">
        <mat-label>{{ 'committees.duties' | t }}</mat-label>
        <mat-select multiple [value]="value().indices" (valueChange)="patch({ indices: $event })">
          @for (i of indexOptions(); track i.key) {
            <mat-option [value]="i.key">{{ i.name | localized }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (tried() && !named()) {
        <p class="error" role="alert">{{ 'committees.nameMissing' | t }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="busy()">{{ submitLabel() }}</button>
    </form>
  `,
  styles: `
    form {
      display: grid;
      gap: 0.75rem;
      justify-items: start;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      inline-size: 100%;
    }
    .row mat-form-field {
      flex: 1 1 14rem;
    }
    pr-localized-fields,
    .indices {
      inline-size: 100%;
    }
    .error {
      margin: 0;
      color: #b3261e;
    }
  `,
})
export class CommitteeForm {
  protected readonly inputValue = inputValue;
  /** The committee as last read; null for a new one. A new value resets the form. */
  readonly committee = input<CommitteeView | null>(null);
  readonly busy = input(false);
  readonly submitLabel = input.required<string>();
  readonly submitted = output<CreateCommitteeRequest>();

  private readonly framework = inject(FrameworkIndices);
  protected readonly kinds = COMMITTEE_KINDS;
  protected readonly limits = LIMITS;
  protected readonly withText = withLocaleText;
  protected readonly value = signal<CommitteeFormValue>(valueOf(null));
  protected readonly tried = signal(false);
  protected readonly named = computed(() => cleanName(this.value().name) !== null);

  /** The framework's indices, plus any the committee keeps from an older framework. */
  protected readonly indexOptions = computed(() => {
    const known = this.framework.indices.hasValue() ? this.framework.indices.value() : [];
    const stale = this.value()
      .indices.filter((key) => !known.some((i) => i.key === key))
      .map((key): Pick<IndexHeader, 'key' | 'name'> => ({ key, name: key }));
    return [...known, ...stale];
  });

  constructor() {
    effect(() => {
      this.value.set(valueOf(this.committee()));
      this.tried.set(false);
    });
  }

  protected patch(change: Partial<CommitteeFormValue>): void {
    this.value.update((v) => ({ ...v, ...change }));
  }

  protected submit(): void {
    this.tried.set(true);
    const v = this.value();
    const name = cleanName(v.name);
    if (!name) return;
    this.submitted.emit({ kind: v.kind, name, chair: v.chair.trim() || null, indices: v.indices });
  }
}
