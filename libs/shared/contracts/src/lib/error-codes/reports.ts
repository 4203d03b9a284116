/** Refusals of the PDF reports and of the region's letterhead. */
export const REPORT_ERRORS = {
  /**
   * 503: the PDF renderer (headless Chromium, `CHROMIUM_PATH`) is not installed or would not start on this server;
   * the rest of the product works. `Retry-After` is not sent: it takes an administrator to install it.
   */
  'report.renderer_unavailable':
    'PDF reports are unavailable on this server: the PDF renderer is not installed',
  /** 409: the contest's results are not published yet, so it has no winners to certify. */
  'report.results_not_published': 'The contest results are not published yet',
  /**
   * 409: the cycle ranks no agency yet (it is not published and no agency has an approved submission), so a
   * scorecard for every agency would be an empty archive.
   */
  'report.no_ranking': 'The cycle has no ranking yet, so there are no scorecards to print',
} as const;

/** Problems of one field of the letterhead or of a report's letter details. */
export const REPORT_FIELD_PROBLEMS = {
  /** The emblem is not a PNG, JPEG or SVG image (by its bytes). */
  'letterhead.emblem_type': 'The emblem must be a PNG, JPEG or SVG image',
  /**
   * The emblem's bytes are another image type the letterhead takes than the one declared: `declared` and `actual`
   * name the formats (PNG, JPEG, SVG). Bytes of no such image get `letterhead.emblem_type`.
   */
  'letterhead.emblem_mismatch': 'The file is a {actual} image, not {declared}',
  /** An SVG emblem holds a script, an event handler or a reference to anything outside itself. */
  'letterhead.emblem_unsafe': 'The SVG emblem may not hold scripts, event handlers or external references',
  /** A letter's day outside the plausible range `min`..`max` (YYYY-MM-DD). */
  'report.letter_date_range': 'Must be a day from {min} to {max}',
  /** The emblem is larger than `max` bytes. */
  'letterhead.emblem_too_large': 'The emblem may be at most {max} bytes',
} as const;
