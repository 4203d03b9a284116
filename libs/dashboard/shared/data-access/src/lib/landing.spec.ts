import type { Role, SessionUser } from '@prgauge/contracts';
import { landingFor } from './landing';

const user = (role: Role): SessionUser => ({
  id: 'u',
  login: 'u',
  displayName: 'U',
  role,
  regionId: 'r',
  agencyId: role === 'agency_editor' ? 'a' : null,
  locale: 'ru',
});

describe('landing page per role', () => {
  it('sends each person where their work is', () => {
    expect(landingFor(null)).toBe('/rankings');
    expect(landingFor(user('director'))).toBe('/rankings');
    expect(landingFor(user('agency_editor'))).toBe('/submissions');
    expect(landingFor(user('evaluator'))).toBe('/review');
    expect(landingFor(user('juror'))).toBe('/contests/jury');
    expect(landingFor(user('journalist'))).toBe('/contests/voting');
  });
});
