/** Refusals of a value import as a whole (`POST /api/cycles/:cycleId/value-import`). */
export const VALUE_IMPORT_ERRORS = {
  /** 400: an apply of a file that still has problems; nothing was saved. */
  'value_import.has_problems': 'The file still has {count} problem(s); check it, fix them and send it again',
  /** 409: the values changed between the check and the apply; nothing was saved. */
  'value_import.stale': 'The values changed since the file was checked; check it again before saving',
  /** 409: the apply sent another file than the one its fingerprint's check read; nothing was saved. */
  'value_import.other_file': 'This is not the file that was checked; check this file before saving it',
  /** 403: evaluators check files, but agency figures are saved by the agency or the director (as in the form). */
  'value_import.apply_not_allowed':
    'Agency figures are saved by the agency or the director; an evaluator can only check the file',
  /** 400: the file has no data rows (nothing at all, or its header alone). */
  'value_import.empty': 'The file has no rows of values: only a header, or nothing at all',
  /** 400: overwrite keys that name no overwrite of submitted or approved data in the file; `keys` lists them. */
  'value_import.unknown_overwrite':
    'These overwrite keys name no submitted or approved value the file changes: {keys}',
  /** 400: the template's `lang` is not one of the template's languages (`langs` lists them). */
  'value_import.unknown_lang': 'The template is written in {langs}; "{lang}" is not one of them',
  /** 400: the template's row of indicator keys is missing. */
  'value_import.no_key_row':
    'The file has neither the columns agency_code, indicator_key, value nor the template row of indicator keys',
} as const;

/**
 * Problems of one cell of an imported value file. Params: `value`, the cell as written; `agency` and
 * `indicator`, the keys the row names; `source`, who fills the indicator; `firstRow`, where the cell was first
 * given; `status`, the state of the submission or cycle that refuses the change (a cycle that is not open is
 * reported once, for the file, at its first cell); `formula`, the formula (or the error it gave) of a cell
 * without a usable value; `indicatorTitle`, the indicator's title by language, where a problem names one.
 */
export const VALUE_IMPORT_FIELD_PROBLEMS = {
  'value_import.unknown_agency': 'No agency of this region has the code "{value}"',
  'value_import.retired_agency': 'The agency with the code "{value}" is retired: it takes no values',
  'value_import.unknown_indicator': '"{value}" is not an indicator of this cycle\'s framework',
  'value_import.not_filled_by_agencies':
    '{indicator} is filled by {source}, not by agencies: leave it out of the file',
  'value_import.computed_indicator':
    '{indicator} is computed from other data and cannot be imported: leave it out of the file',
  'value_import.formula_without_value':
    'The formula {formula} has no value to import (an error, or never calculated): type the number instead',
  'value_import.agency_out_of_scope': 'Agency {agency} is not yours: you can import only your own agency',
  'value_import.duplicate_cell': '{agency} / {indicator} is already given in row {firstRow}',
  'value_import.no_submission': 'Agency {agency} has no submission in this cycle',
  'value_import.not_editable': "Agency {agency}'s submission cannot be changed now ({status})",
  'value_import.not_yes_no': '"{value}" is not yes or no (1/0)',
  'value_import.cycle_not_open': 'The cycle is {status}: no values can be imported into it now',
} as const;
