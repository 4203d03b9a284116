import type { NotificationKind } from '@prgauge/contracts';
import { ACCOUNT_TEXTS } from './account-texts';
import { CONTEST_TEXTS } from './contest-texts';
import { EVALUATION_TEXTS } from './evaluation-texts';
import type { KindTextsByLocale, TextsOfKinds } from './kind-texts';
import { TRAINING_TEXTS } from './training-texts';

const TEXTS: TextsOfKinds = {
  ...EVALUATION_TEXTS,
  ...CONTEST_TEXTS,
  ...TRAINING_TEXTS,
  ...ACCOUNT_TEXTS,
};

/** The words of `kind` in every language; throws when the kind has none, a mistake of the calling code. */
export function textsOfKind(kind: NotificationKind): KindTextsByLocale {
  const texts = TEXTS[kind];
  if (!texts) throw new Error(`notification kind "${kind}" has no texts`);
  return texts;
}
