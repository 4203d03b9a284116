import type { CanDeactivateFn } from '@angular/router';

/** A page that may hold edits the server has not seen. */
export interface HoldsUnsavedChanges {
  hasUnsavedChanges(): boolean;
  /** The question to ask, in the person's language. */
  leaveQuestion(): string;
}

/** Asks before leaving a page with unsaved edits; the browser's own dialog keeps the question modal and simple. */
export const confirmUnsavedChanges: CanDeactivateFn<HoldsUnsavedChanges> = (page) =>
  !page.hasUnsavedChanges() || window.confirm(page.leaveQuestion());
