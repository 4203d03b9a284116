/** What the figures need of a register row. */
export interface CountedRow {
  attended: boolean;
  hours: number;
}

export interface RegisterFigures {
  participants: number;
  attended: number;
  personHours: number;
  /** attended ÷ invited in per cent with one decimal; null when nobody was invited. */
  attendanceRate: number | null;
}

/** Hours are stored to the hundredth; summing floats must not show 15.999999. */
const roundHours = (hours: number): number => Math.round(hours * 100) / 100;

/** attended ÷ invited in per cent with one decimal, as the API computes it: 124 of 150 is 82.7. */
export function attendanceRateOf(attended: number, invited: number | null): number | null {
  if (!invited) return null;
  return Math.round((attended / invited) * 1000) / 10;
}

/**
 * The figures of a register as it is being edited, so they follow every keystroke before the server answers:
 * person-hours count only the rows of people who attended.
 */
export function registerFiguresOf(rows: readonly CountedRow[], invited: number | null): RegisterFigures {
  const present = rows.filter((r) => r.attended);
  return {
    participants: rows.length,
    attended: present.length,
    personHours: roundHours(present.reduce((sum, r) => sum + r.hours, 0)),
    attendanceRate: attendanceRateOf(present.length, invited),
  };
}
