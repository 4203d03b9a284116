import type { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

/** The outgoing letter's number and day (`YYYY-MM-DD`) as entered; empty strings where left blank (a draft). */
export interface LetterEntry {
  letterNo: string;
  letterDate: string;
}

/** The letter part of a report request: a blank number or day is left out (the letter prints as a draft). */
export function letterOptions(entry: LetterEntry): { letterNo?: string; letterDate?: string } {
  return { letterNo: entry.letterNo || undefined, letterDate: entry.letterDate || undefined };
}

/** Opens the letter dialog; resolves with what was entered, or undefined when it was cancelled. */
export async function askForLetter(dialog: MatDialog): Promise<LetterEntry | undefined> {
  // The dialog and its date picker load on first use, so the rankings page costs them nothing.
  const { LetterDialog } = await import('./letter-dialog');
  const ref = dialog.open<InstanceType<typeof LetterDialog>, void, LetterEntry>(LetterDialog, {
    ariaDescribedBy: 'letter-hint',
    width: '26rem',
    maxWidth: '95vw',
  });
  return firstValueFrom(ref.afterClosed());
}
