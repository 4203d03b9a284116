/** The largest value of a PostgreSQL `integer` column, such as a record's version. */
export const INT4_MAX = 2_147_483_647;

/**
 * The largest indicator value, agency attribute or prize amount: 10^12. Real figures (counts of publications
 * or views, staff, sums of money even in currencies of small units) stay well below it, and the scoring
 * engine adds and compares thousands of such values as doubles, which stay exact in whole units up to
 * 2^53 ≈ 9·10^15, so no sum of them loses precision or overflows.
 */
export const MAX_FIGURE = 1e12;
