import { assertStrongPassword, weakPasswordReason } from './password-policy';

describe('password policy', () => {
  it.each(['111111111111', 'password1234', 'qwertyuiop123', 'iloveyou2026', 'abcdefghijklm'])(
    'refuses the common or patterned %s',
    (password) => {
      expect(weakPasswordReason(password, ['press.health', 'Aliya Nurlanova'])).toMatch(
        /^is too easy to guess: /,
      );
    },
  );

  it.each([
    ['the login repeated', 'directordirector', ['director', 'Director']],
    ['the login with digits', 'a.nurlanova2026', ['a.nurlanova', 'Aliya Nurlanova']],
    ['the name', 'AliyaNurlanova1', ['journalist-7', 'Aliya Nurlanova']],
  ])('refuses %s', (_, password, personal) => {
    expect(weakPasswordReason(password, personal)).not.toBeNull();
  });

  it.each(['correct horse battery', 'prgauge-demo-2026', 'a brand new password', 'Жетысу-ТВ лучший канал'])(
    'accepts the passphrase %s',
    (password) => {
      expect(weakPasswordReason(password, ['director', 'Director'])).toBeNull();
    },
  );

  it('throws a 400 that names the field with field.weak_password', () => {
    expect.assertions(2);
    try {
      assertStrongPassword('newPassword', 'password1234', ['viewer']);
    } catch (error) {
      const body = (error as { getResponse(): unknown }).getResponse();
      expect((error as { getStatus(): number }).getStatus()).toBe(400);
      expect(body).toMatchObject({
        code: 'auth.password_too_weak',
        details: [{ field: 'newPassword', code: 'field.weak_password' }],
      });
    }
  });
});
