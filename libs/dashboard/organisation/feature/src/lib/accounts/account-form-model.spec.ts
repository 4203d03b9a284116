import {
  accountFormProblems,
  createAccountRequestOf,
  emptyAccountForm,
  patchAccountForm,
  rolesFor,
} from './account-form-model';

describe('the new-account form', () => {
  it('offers a director every role but national admin, and a national admin all of them', () => {
    expect(rolesFor('director')).not.toContain('admin');
    expect(rolesFor('director')).toContain('committee_member');
    expect(rolesFor('admin')).toContain('admin');
    expect(rolesFor('viewer')).toEqual([]);
  });

  it('asks for a login, a name, and the agency of an agency editor', () => {
    expect(accountFormProblems(emptyAccountForm(), 'director')).toEqual({
      login: ['org.problem.login'],
      displayName: ['org.problem.displayName'],
      agencyId: ['org.problem.required'],
    });
  });

  it('asks a national admin for the region of anyone but another national admin', () => {
    const value = {
      ...emptyAccountForm(),
      login: 'press.health',
      displayName: 'Press office',
      role: 'viewer' as const,
    };
    expect(accountFormProblems(value, 'admin')).toEqual({ regionId: ['org.problem.required'] });
    expect(accountFormProblems(value, 'director')).toEqual({});
    expect(accountFormProblems({ ...value, role: 'admin' }, 'admin')).toEqual({});
    expect(accountFormProblems({ ...value, role: 'admin' }, 'director')).toEqual({
      role: ['org.problem.required'],
    });
  });

  it('asks for the committee of a committee member', () => {
    const value = {
      ...emptyAccountForm(),
      login: 'member1',
      displayName: 'Member',
      role: 'committee_member' as const,
    };
    expect(accountFormProblems(value, 'director')).toEqual({ committeeId: ['org.problem.required'] });
  });

  it('drops the agency and committee once the role or region no longer takes them', () => {
    const editor = { ...emptyAccountForm(), regionId: 'r1', agencyId: 'a1' };
    expect(patchAccountForm(editor, { role: 'viewer' }).agencyId).toBe('');
    expect(patchAccountForm(editor, { regionId: 'r2' }).agencyId).toBe('');
    expect(patchAccountForm(editor, { displayName: 'X' }).agencyId).toBe('a1');
  });

  it('sends the scope the role needs, the language and the one-time password', () => {
    const value = {
      ...emptyAccountForm('fa'),
      login: 'editor.med',
      displayName: ' Editor ',
      regionId: 'r1',
      agencyId: 'a1',
    };
    expect(createAccountRequestOf(value, 'admin', 'k7mq2-x9vtr-e4hnc-3wpaz')).toEqual({
      login: 'editor.med',
      displayName: 'Editor',
      role: 'agency_editor',
      regionId: 'r1',
      agencyId: 'a1',
      locale: 'fa',
      password: 'k7mq2-x9vtr-e4hnc-3wpaz',
    });
    expect(createAccountRequestOf(value, 'director', 'p')).not.toHaveProperty('regionId');
  });

  it('sends an address only when one is typed, and catches one that is plainly not an address', () => {
    const value = {
      ...emptyAccountForm(),
      login: 'press.north',
      displayName: 'Press',
      role: 'viewer' as const,
    };
    expect(accountFormProblems({ ...value, email: 'press at north' }, 'director')).toEqual({
      email: ['org.problem.email'],
    });
    expect(accountFormProblems({ ...value, email: ' press@north.example ' }, 'director')).toEqual({});
    expect(
      createAccountRequestOf({ ...value, email: ' press@north.example ' }, 'director', 'p'),
    ).toMatchObject({
      email: 'press@north.example',
    });
    expect(createAccountRequestOf(value, 'director', 'p')).not.toHaveProperty('email');
  });
});
