/**
 * Refusals and warnings of the cycle lifecycle's guards: what publishing needs, and the names a framework's
 * nodes must carry. `locale` is a language code of the product (ru, kk, fa, en); `indicator` a node's key.
 */
export const LIFECYCLE_ERRORS = {
  /** 409: no submission is approved, so publishing would rank every agency on nothing; `expected` agencies. */
  'cycles.nothing_approved':
    'Nothing to publish: none of the {expected} submissions is approved. Approve at least one first',
  /** A warning, not a refusal: the period ends on `periodEnd`, after today. */
  'cycles.period_not_ended': 'The period has not ended yet: it ends on {periodEnd}',
} as const;

/** What is wrong with one framework node's name. */
export const LIFECYCLE_FIELD_PROBLEMS = {
  /** The node `indicator` has no name in the region's default language `locale`. */
  'field.name_missing_default': 'Needs a name in the region’s default language ({locale})',
  /** A warning: the node `indicator` has no name in the languages `missing` (joined with ", "). */
  'field.name_missing_translation': 'No name yet in: {missing}',
} as const;
