import type { ApiProblem } from '@prgauge/dashboard-shared-data-access';
import { type RefusalText, topField } from '@prgauge/dashboard-shared-i18n';

/** The fields of the password form that the API may name in a refusal. */
export type PasswordField = 'currentPassword' | 'newPassword';

/** A refusal of a password change as the form shows it: texts beside each field, else one for the form. */
export interface PasswordRefusal {
  fields: Partial<Record<PasswordField, readonly string[]>>;
  /** Shown above the button when no field is named (throttled, network, server); null otherwise. */
  summary: string | null;
}

const FIELDS: readonly string[] = ['currentPassword', 'newPassword'] satisfies PasswordField[];

/**
 * Sorts the API's refusal of a password change onto the form: each field problem beside its field (a wrong
 * current password, a weak or unchanged new one), and the summary only when no field of the form is named.
 */
export function passwordRefusal(problem: ApiProblem, texts: RefusalText): PasswordRefusal {
  const fields: Partial<Record<PasswordField, string[]>> = {};
  for (const detail of problem.details) {
    const field = topField(detail.field);
    if (!FIELDS.includes(field)) continue;
    const key = field as PasswordField;
    fields[key] = [...(fields[key] ?? []), texts.field(detail)];
  }
  return { fields, summary: Object.keys(fields).length ? null : texts.summary(problem) };
}
