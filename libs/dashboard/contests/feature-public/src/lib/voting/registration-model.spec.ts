import { registrationProblems } from './registration-model';

const value = {
  login: 'a.nurlanova',
  password: 'long-enough-password',
  displayName: 'Aliya Nurlanova',
  outlet: 'Zhetysu TV',
  mediaRole: 'reporter',
  workLink: 'https://zhetysu.tv/news/123',
  personalDataConsent: true,
};

describe('registrationProblems', () => {
  it('accepts a complete registration', () => {
    expect(registrationProblems(value, true)).toEqual({});
  });

  it('asks a visitor for an account and everyone for proof of media work', () => {
    expect(
      registrationProblems({ ...value, login: 'a b', password: 'short', workLink: 'zhetysu.tv' }, true),
    ).toEqual({
      login: 'contests.register.problem.login',
      password: 'contests.register.problem.password',
      workLink: 'contests.register.problem.workLink',
    });
  });

  it('asks everyone for their consent to the processing of their personal data', () => {
    expect(registrationProblems({ ...value, personalDataConsent: false }, false)).toEqual({
      personalDataConsent: 'contests.register.problem.consent',
    });
  });

  it('does not ask a signed-in journalist for an account', () => {
    expect(registrationProblems({ ...value, login: '', password: '', displayName: '' }, false)).toEqual({});
  });
});
