/** Problems of dates and times given to the API. */
export const TIME_FIELD_PROBLEMS = {
  /** A date-time without `Z` or an offset names no instant; a day alone (`YYYY-MM-DD`) is read in the region's zone. */
  'time.offset_required': 'Give a day (YYYY-MM-DD) or a date and time with an offset (Z or +03:30)',
} as const;
