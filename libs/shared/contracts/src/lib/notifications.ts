/**
 * What the product tells people of, by kind. Each kind has its texts in four languages (the API's
 * `notifications/texts`), and each account chooses per kind and channel whether to hear of it.
 */
export const NOTIFICATION_KINDS = [
  // Evaluation.
  'cycle.opened',
  'deadline.reminder',
  'deadline.overdue',
  'deadline.digest',
  'submission.returned',
  'submission.resubmitted',
  'submission.approved',
  'deadline.extended',
  'results.published',
  // Contests.
  'contest.application_received',
  'contest.screened',
  'contest.judging_open',
  'contest.judging_reminder',
  'contest.voter_decided',
  'contest.voting_open',
  'contest.voting_closing',
  'contest.results_published',
  // Training.
  'training.register_filled',
  // Accounts: always sent by email, whatever the preferences (the person asked for it).
  'account.password_reset',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Kinds a person cannot turn off: they answer the person's own request. */
export const MANDATORY_NOTIFICATION_KINDS: readonly NotificationKind[] = ['account.password_reset'];

/** Where a notification reaches its reader: the bell in the dashboard, or an email. */
export const NOTIFICATION_CHANNELS = ['app', 'email'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** One notification in the bell's list, in the reader's language. */
export interface NotificationView {
  id: string;
  kind: NotificationKind;
  /** One line, in the reader's language. */
  title: string;
  /** Paragraphs, in the reader's language. */
  body: string[];
  /** Items the notification lists (a returned submission's comments), each with the dashboard path it names. */
  items: { text: string; link: string | null }[];
  /** The dashboard path of the thing it is about (`/cycles/…/submissions/…?field=…`), or null. */
  link: string | null;
  /** ISO 8601 instant. */
  createdAt: string;
  /** ISO 8601 instant; null while unread. */
  readAt: string | null;
}

/** `GET /api/notifications/unread`: how many of one's notifications are unread (the bell's count). */
export interface NotificationUnreadView {
  unread: number;
}

/** One kind's choice per channel: the account's own where it made one, else the region's default. */
export interface NotificationPreferenceView {
  kind: NotificationKind;
  app: boolean;
  email: boolean;
  /** False for kinds one cannot turn off (`MANDATORY_NOTIFICATION_KINDS`). */
  optional: boolean;
}

/** One kind's choice per channel, as one saves it (one's own, or the region's default). */
export interface NotificationPreferenceChoice {
  kind: NotificationKind;
  app: boolean;
  email: boolean;
}

/** `PUT /api/notifications/preferences` and `PUT /api/regions/:id/notification-defaults`. */
export interface NotificationPreferencesRequest {
  preferences: NotificationPreferenceChoice[];
}
