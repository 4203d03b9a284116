/** Person-hours and rates are shown rounded; sums are exact to the hundredth, as hours are stored. */
export const roundHours = (hours: number): number => Math.round(hours * 100) / 100;

/** attended ÷ invited in per cent with one decimal, or null when nobody was invited. */
export function attendanceRate(attended: number, invited: number | null): number | null {
  if (!invited) return null;
  return Math.round((attended / invited) * 1000) / 10;
}
