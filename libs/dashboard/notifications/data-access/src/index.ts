export { NotificationsApi } from './lib/notifications.api';
export { UnreadCount, UNREAD_POLL_MS } from './lib/unread-count';
export { changedChoices, withToggle, type PreferenceToggle } from './lib/preference-choices';
export { PreferenceDraft, type PreferenceSource } from './lib/preference-draft';
