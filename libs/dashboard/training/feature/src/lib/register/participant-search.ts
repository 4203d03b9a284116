import type { AttendanceView } from '@prgauge/contracts';
import { searchMatches } from '@prgauge/text';

/** A register row as listed: the row and its number in the whole register (1-based). */
export interface NumberedRow {
  row: AttendanceView;
  number: number;
}

/**
 * The register's rows whose participant, outlet or agency (its code and names, from `agencyTexts`) contains the
 * search, matched as people type it (`@prgauge/text`): Arabic or Persian letter forms, ё/е, spaces or
 * zero-width non-joiners, case and punctuation aside. Each keeps its number in the whole register, so that a
 * filtered list still names rows as the paper list does.
 */
export function participantsMatching(
  rows: readonly AttendanceView[],
  search: string,
  agencyTexts: (agencyId: string | null) => readonly string[],
): NumberedRow[] {
  return rows
    .map((row, i) => ({ row, number: i + 1 }))
    .filter(({ row }) =>
      searchMatches(search, [row.participantName, row.outlet, ...agencyTexts(row.agencyId)]),
    );
}
