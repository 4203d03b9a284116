import { inject, Injectable } from '@angular/core';
import type { ErrorCode, ErrorParams, FieldProblemCode, LocalizedText } from '@prgauge/contracts';
import { LocaleStore } from '../locale.store';
import { TranslationService } from '../translation.service';
import { READER_TIME_ZONE } from '../zoned-format.pipes';
import { paramsForDisplay } from './refusal-params';

/** One refused field as the dashboard reads it: the path the API named, and what is wrong, by code. */
export interface RefusedField {
  /** Path in the request, e.g. `values[2].value`, `scores.quality`, `row 7, hours`. */
  field: string;
  code: FieldProblemCode;
  /** Facts the code's text names (`min`, `max`, `allowed`…). */
  params?: ErrorParams;
}

/** What wording a refusal needs; the data-access `ApiProblem` has this shape. */
export interface Refusal {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  code: ErrorCode;
  params: ErrorParams;
  details: readonly RefusedField[];
}

/** How a form names its fields: the label for a field path, or undefined to show the path itself. */
export type FieldLabels = (field: string) => string | undefined;

/** One field's problem, worded: the field's label (or its path) and the problem's text. */
export interface FieldProblemLine {
  field: string;
  label: string;
  text: string;
}

/** The dictionary key of the text shown when the server could not be reached at all. */
export const NETWORK_FAILURE_KEY = 'refusal.network';

/** A field path's first segment: `links[2]` → `links`, `scores.quality` → `scores`. */
export const topField = (field: string) => field.split(/[.[]/)[0];

/** A field path's last segment: `cycle.deadline` → `deadline`. */
export const lastField = (field: string) => field.split('.').pop() ?? field;

/**
 * The one way the dashboard words a refusal of the API: from its code and params through the dictionaries
 * (`error.<code>`, `field-problem.<code>`), falling back to the catalogue's English; never from the API's
 * English sentences. Texts follow the active language at the time they are asked for.
 */
@Injectable({ providedIn: 'root' })
export class RefusalText {
  private readonly translations = inject(TranslationService);
  private readonly locales = inject(LocaleStore);
  private readonly readerZone = inject(READER_TIME_ZONE);

  /** The whole refusal in a sentence; a network failure says the server cannot be reached. */
  summary(refusal: Refusal, labels?: FieldLabels): string {
    if (refusal.status === 0) return this.translations.t(NETWORK_FAILURE_KEY);
    return this.translations.errorText(refusal.code, this.params(refusal.params, labels));
  }

  /** What is wrong with one field, without the field's name ("At most 200 characters"). */
  field(problem: RefusedField, labels?: FieldLabels): string {
    return this.translations.fieldProblemText(problem.code, this.params(problem.params ?? {}, labels));
  }

  /** Each field problem with the form's label for the field, or its path where the form has none. */
  fields(refusal: Refusal, labels?: FieldLabels): FieldProblemLine[] {
    return refusal.details.map((problem) => ({
      field: problem.field,
      label: labels?.(problem.field) ?? problem.field,
      text: this.field(problem, labels),
    }));
  }

  /**
   * What people read of a refusal: the summary, then one line per field problem ("Title: Too long"). The
   * summary is left out when it only says that some fields are invalid and the lines say which.
   */
  lines(refusal: Refusal, labels?: FieldLabels): string[] {
    const fields = this.fields(refusal, labels).map((f) => `${f.label}: ${f.text}`);
    if (fields.length && refusal.code === 'request.invalid') return fields;
    return [this.summary(refusal, labels), ...fields];
  }

  /**
   * Field problem texts grouped by the form's own name of a field (`keyOf`, by default the path's first
   * segment), so each shows next to its control.
   */
  byField(refusal: Refusal, keyOf: (field: string) => string = topField): Record<string, string[]> {
    const grouped: Record<string, string[]> = {};
    for (const problem of refusal.details) {
      const key = keyOf(problem.field);
      grouped[key] = [...(grouped[key] ?? []), this.field(problem)];
    }
    return grouped;
  }

  /**
   * Field labels from the dictionaries, under `prefix`: the key of the path's last name, else of its first
   * (`dates.votingEndAt` → `votingEndAt`, `title.ru` → `title`), each renamed through `aliases` (`topicId` →
   * `topic`); undefined when no dictionary has either key.
   */
  labelsFrom(prefix: string, aliases: Readonly<Record<string, string>> = {}): FieldLabels {
    const labelOf = (name: string) => this.lookUp(`${prefix}${aliases[name] ?? name}`);
    return (field) => labelOf(topField(lastField(field))) ?? labelOf(topField(field));
  }

  /**
   * Indicator titles in the active language, by key (`media.releases` → "Press releases"), for a refusal that
   * names indicators (`{indicator}`, `{indicators}`); undefined for a key not among `leaves`.
   */
  indicatorLabels(leaves: readonly { key: string; name: LocalizedText | string }[]): FieldLabels {
    return (key) => {
      const leaf = leaves.find((l) => l.key === key);
      return leaf ? this.translations.pick(leaf.name) : undefined;
    };
  }

  private params(params: ErrorParams, labels?: FieldLabels): ErrorParams {
    return paramsForDisplay(this.locales.locale(), params, {
      lookUp: (key) => this.lookUp(key),
      labelOf: labels,
      readerZone: this.readerZone,
    });
  }

  /** The text under a key in the active language, or undefined when no dictionary has the key. */
  private lookUp(key: string): string | undefined {
    const text = this.translations.t(key);
    return text === key ? undefined : text;
  }
}
