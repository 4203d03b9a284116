import type { Locale, NotificationKind } from '@prgauge/contracts';

/**
 * The words of one kind in one language. `{name}` placeholders are filled from the event's params, formatted in
 * the reader's language (see `render-notification.ts`); a placeholder whose param is missing is left out.
 */
export interface KindTexts {
  /** One line: the bell's title and the email's subject. */
  title: string;
  /** Paragraphs. */
  body: string[];
  /** How each entry of the `items` param reads (a returned submission's comment: `{field}: {text}`). */
  item?: string;
  /** The label of the link to the thing (`link`), as a button in an email. */
  action?: string;
}

/** One kind's words in every language. */
export type KindTextsByLocale = Record<Locale, KindTexts>;

/** Texts of a set of kinds (one file per area: evaluation, contests, training, accounts). */
export type TextsOfKinds = Partial<Record<NotificationKind, KindTextsByLocale>>;
