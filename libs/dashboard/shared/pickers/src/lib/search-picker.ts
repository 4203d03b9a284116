import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  resource,
  signal,
} from '@angular/core';
import { MatAutocompleteModule } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { LocalizedText } from '@prgauge/contracts';
import { LocalizedPipe, TranslatePipe, TranslationService } from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';

/** One record a picker offers: its id, its name (a record's own multilingual name, or a plain one) and a detail. */
export interface PickerChoice {
  id: string;
  name: LocalizedText | string;
  /** What tells two records of one name apart, left to right (a code or a login). */
  detail?: string;
}

/** Resolves after `ms`, or rejects as soon as the load it belongs to is superseded. */
function pause(ms: number, abort: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ms <= 0) return resolve();
    const timer = setTimeout(resolve, ms);
    abort.addEventListener('abort', () => (clearTimeout(timer), reject(abort.reason)), { once: true });
  });
}

/**
 * A filter over a list too long to load (an installation's agencies or accounts): it asks the server for the
 * first matches of what is typed, once typing pauses, and names the chosen record by reading that one record, so a
 * choice kept in the address survives a reload. Clearing the text or pressing the clear button chooses none.
 */
@Component({
  selector: 'pr-search-picker',
  imports: [
    LocalizedPipe,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        type="search"
        autocomplete="off"
        [placeholder]="placeholder()"
        [value]="text()"
        [matAutocomplete]="panel"
        (focus)="ask(typed() ?? '')"
        (input)="type(inputValue($event))"
      />
      @if (value()) {
        <button
          matSuffix
          mat-icon-button
          type="button"
          [attr.aria-label]="'picker.clear' | t: { label: label() }"
          (click)="choose(null)"
        >
          <mat-icon aria-hidden="true">close</mat-icon>
        </button>
      }
      <!-- Names are longer than the field: the panel takes the width of its longest option. -->
      <mat-autocomplete
        #panel
        panelWidth="auto"
        [displayWith]="textOf"
        (optionSelected)="choose($event.option.value)"
      >
        @if (matches.isLoading()) {
          <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | t" />
        }
        @if (failure(); as why) {
          <mat-option disabled class="failed">{{ why }}</mat-option>
        } @else {
          @for (c of offered(); track c.id) {
            <mat-option [value]="c">
              {{ c.name | localized }}
              @if (c.detail) {
                <bdi class="detail" dir="ltr">{{ c.detail }}</bdi>
              }
            </mat-option>
          } @empty {
            @if (matches.isLoading()) {
              <mat-option disabled>{{ 'common.loading' | t }}</mat-option>
            } @else if (matches.hasValue()) {
              <mat-option disabled>{{ 'picker.none' | t }}</mat-option>
            }
          }
        }
      </mat-autocomplete>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      inline-size: 100%;
    }
    .detail {
      margin-inline-start: 0.5rem;
      white-space: nowrap;
      color: var(--mat-sys-on-surface-variant, #555);
      font-size: 0.8125rem;
    }
    .failed {
      --mat-option-label-text-color: #b3261e;
      white-space: normal;
    }
  `,
})
export class SearchPicker {
  protected readonly inputValue = inputValue;
  private readonly translations = inject(TranslationService);

  readonly label = input.required<string>();
  /** Shown while nothing is chosen (what an empty filter means, "any agency"). */
  readonly placeholder = input('');
  /** The chosen record's id, as the screen keeps it; null or empty for none. */
  readonly value = input<string | null | undefined>(null);
  /** The first matches of a text ('' for the first few), in the order to offer them. */
  readonly search = input.required<(text: string) => Promise<PickerChoice[]>>();
  /** One record by id, to name the choice the screen already holds. */
  readonly resolve = input.required<(id: string) => Promise<PickerChoice>>();
  /**
   * Words for a failed search or look-up, in the reader's language (`OrganisationPickers.refusalOf`): the
   * picker says why instead of an empty panel, which would read as "nothing matches".
   */
  readonly refusalOf = input.required<(error: unknown) => string>();
  /** How long typing must pause before the server is asked, in milliseconds. */
  readonly delay = input(250);
  /** The chosen id, or null for none. */
  readonly picked = output<string | null>();

  /** What was typed since the last choice; undefined shows the chosen record's name. */
  protected readonly typed = signal<string | undefined>(undefined);
  /** What the server was last asked; undefined until the field is first used. */
  private readonly asked = signal<string | undefined>(undefined);
  /** The record chosen here, which names itself without asking the server again. */
  private readonly lastChoice = signal<PickerChoice | null>(null);

  // A new search (the screen narrowed it, to a region say) asks again for what was typed.
  protected readonly matches = resource({
    params: () => {
      const text = this.asked();
      return text === undefined ? undefined : { text, search: this.search() };
    },
    loader: async ({ params, abortSignal }) => {
      await pause(this.delay(), abortSignal);
      return params.search(params.text.trim());
    },
  });
  private readonly chosen = resource({
    params: () => this.value() || undefined,
    loader: ({ params }) => {
      const last = this.lastChoice();
      return last?.id === params ? Promise.resolve(last) : this.resolve()(params);
    },
  });

  protected readonly textOf = (choice: PickerChoice | null): string =>
    choice ? this.translations.pick(choice.name) : '';
  protected readonly text = computed(
    () => this.typed() ?? this.textOf(this.chosen.hasValue() ? this.chosen.value() : null),
  );
  /**
   * The matches to offer. While the next answer is awaited the last one stays, so the panel does not empty at
   * each key; a failed search offers none.
   */
  protected readonly offered = linkedSignal<PickerChoice[] | undefined, PickerChoice[]>({
    source: () => (this.matches.hasValue() ? this.matches.value() : this.matches.error() ? [] : undefined),
    computation: (answer, previous) => answer ?? previous?.value ?? [],
  });
  /** Why the last search failed, in the reader's language; null unless it did. */
  protected readonly failure = computed(() => {
    const error = this.matches.error();
    return error === undefined ? null : this.refusalOf()(error);
  });

  /** Asks for the matches of `text`; asking again for the text of a failed search tries it again. */
  protected ask(text: string): void {
    if (this.asked() === text && this.matches.error() !== undefined) this.matches.reload();
    this.asked.set(text);
  }

  protected type(text: string): void {
    this.typed.set(text);
    this.ask(text);
    // Emptying the field chooses none, and leaves it empty for what is typed next.
    if (!text.trim() && this.value()) {
      this.lastChoice.set(null);
      this.picked.emit(null);
    }
  }

  protected choose(choice: PickerChoice | null): void {
    this.lastChoice.set(choice);
    this.typed.set(undefined);
    this.picked.emit(choice?.id ?? null);
  }
}
