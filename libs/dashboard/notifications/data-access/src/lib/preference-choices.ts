import type {
  NotificationChannel,
  NotificationKind,
  NotificationPreferenceChoice,
  NotificationPreferenceView,
} from '@prgauge/contracts';

/** One box of the preference table ticked or cleared. */
export interface PreferenceToggle {
  kind: NotificationKind;
  channel: NotificationChannel;
  on: boolean;
}

/** The rows with one box ticked or cleared; a kind that cannot be changed stays as it is. */
export function withToggle(
  rows: readonly NotificationPreferenceView[],
  toggle: PreferenceToggle,
): NotificationPreferenceView[] {
  return rows.map((row) =>
    row.kind === toggle.kind && row.optional ? { ...row, [toggle.channel]: toggle.on } : row,
  );
}

/**
 * The kinds whose choice differs from what was read, as the API saves them: only these are sent, so that the
 * kinds one left alone keep following the region's default.
 */
export function changedChoices(
  read: readonly NotificationPreferenceView[],
  edited: readonly NotificationPreferenceView[],
): NotificationPreferenceChoice[] {
  const before = new Map(read.map((row) => [row.kind, row]));
  return edited
    .filter((row) => {
      const was = before.get(row.kind);
      return row.optional && (!was || was.app !== row.app || was.email !== row.email);
    })
    .map(({ kind, app, email }) => ({ kind, app, email }));
}
