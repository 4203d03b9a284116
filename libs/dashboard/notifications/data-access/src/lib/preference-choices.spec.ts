import type { NotificationPreferenceView } from '@prgauge/contracts';
import { changedChoices, withToggle } from './preference-choices';

const read: NotificationPreferenceView[] = [
  { kind: 'cycle.opened', app: true, email: true, optional: true },
  { kind: 'deadline.reminder', app: true, email: false, optional: true },
  { kind: 'account.password_reset', app: false, email: true, optional: false },
];

describe('preference choices', () => {
  it('sends only the kinds whose boxes changed, and never a kind that cannot be turned off', () => {
    let edited = withToggle(read, { kind: 'cycle.opened', channel: 'email', on: false });
    edited = withToggle(edited, { kind: 'account.password_reset', channel: 'email', on: false });
    edited = withToggle(edited, { kind: 'deadline.reminder', channel: 'app', on: false });
    edited = withToggle(edited, { kind: 'deadline.reminder', channel: 'app', on: true });
    expect(changedChoices(read, edited)).toEqual([{ kind: 'cycle.opened', app: true, email: false }]);
  });
});
