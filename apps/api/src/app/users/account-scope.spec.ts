import type { Role, SessionUser } from '@prgauge/contracts';
import { resolveAccountScope } from './account-scope';

const person = (role: Role, regionId: string | null): SessionUser => ({
  id: `${role}-id`,
  login: role,
  displayName: role,
  role,
  regionId,
  agencyId: null,
  locale: 'ru',
  passwordChangeRequired: false,
});
const admin = person('admin', null);
const director = person('director', 'north');

describe('resolveAccountScope', () => {
  it('lets only a national admin make admins, with no region or agency', () => {
    expect(resolveAccountScope(admin, { role: 'admin' })).toEqual({
      ok: true,
      scope: { role: 'admin', regionId: null, agencyId: null },
    });
    expect(resolveAccountScope(director, { role: 'admin' })).toEqual({
      ok: false,
      forbidden: 'account.admin_by_admin_only',
    });
    expect(resolveAccountScope(admin, { role: 'admin', regionId: 'north', agencyId: 'a' })).toEqual({
      ok: false,
      problems: [
        { code: 'field.not_allowed', field: 'regionId', problems: ['is not for a national admin'] },
        { code: 'field.not_allowed', field: 'agencyId', problems: ['is only for agency editors'] },
      ],
    });
  });

  it("puts a director's accounts in the director's own region", () => {
    expect(resolveAccountScope(director, { role: 'viewer' })).toEqual({
      ok: true,
      scope: { role: 'viewer', regionId: 'north', agencyId: null },
    });
    expect(resolveAccountScope(director, { role: 'viewer', regionId: 'south' })).toEqual({
      ok: false,
      problems: [
        {
          field: 'regionId',
          code: 'field.own_region_only',
          params: { allowed: 'north' },
          problems: ['must be your own region'],
        },
      ],
    });
  });

  it('needs a region from a national admin for every regional role', () => {
    expect(resolveAccountScope(admin, { role: 'director' })).toEqual({
      ok: false,
      problems: [{ code: 'field.required', field: 'regionId', problems: ['is required for this role'] }],
    });
    expect(resolveAccountScope(admin, { role: 'director', regionId: 'south' })).toEqual({
      ok: true,
      scope: { role: 'director', regionId: 'south', agencyId: null },
    });
  });

  it('gives an agency to agency editors and to nobody else', () => {
    expect(resolveAccountScope(director, { role: 'agency_editor' })).toEqual({
      ok: false,
      problems: [
        { code: 'field.required', field: 'agencyId', problems: ['is required for an agency editor'] },
      ],
    });
    expect(resolveAccountScope(director, { role: 'evaluator', agencyId: 'a' })).toEqual({
      ok: false,
      problems: [{ code: 'field.not_allowed', field: 'agencyId', problems: ['is only for agency editors'] }],
    });
    expect(resolveAccountScope(director, { role: 'agency_editor', agencyId: 'a' })).toEqual({
      ok: true,
      scope: { role: 'agency_editor', regionId: 'north', agencyId: 'a' },
    });
  });

  it('refuses managers who are neither directors nor admins', () => {
    for (const role of ['evaluator', 'viewer', 'agency_editor'] as const)
      expect(resolveAccountScope(person(role, 'north'), { role: 'viewer' })).toEqual({
        ok: false,
        forbidden: 'account.managers_only',
      });
  });
});
