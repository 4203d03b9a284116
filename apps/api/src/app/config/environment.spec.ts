import { InvalidEnvironmentError, publicUrlOf, validateEnvironment } from './environment';

describe('validateEnvironment', () => {
  it('fills defaults when nothing is set', () => {
    const env = validateEnvironment({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DEMO_DATA).toBe(false);
  });

  it('converts numbers and booleans from strings', () => {
    const env = validateEnvironment({ PORT: '8080', DEMO_DATA: 'true' });
    expect(env.PORT).toBe(8080);
    expect(env.DEMO_DATA).toBe(true);
  });

  it('names the variable when a port is not a number', () => {
    expect(() => validateEnvironment({ PORT: 'abc' })).toThrow(InvalidEnvironmentError);
    expect(() => validateEnvironment({ PORT: 'abc' })).toThrow(
      /^Invalid configuration: PORT must be an integer number \(got "abc"\)$/,
    );
  });

  it('rejects a DATABASE_URL that is not a postgres URL', () => {
    expect(() => validateEnvironment({ DATABASE_URL: 'mysql://x' })).toThrow(
      'Invalid configuration: DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://x")',
    );
  });

  it('never echoes a password back', () => {
    expect(() => validateEnvironment({ ADMIN_PASSWORD: 'short' })).toThrow(
      /^Invalid configuration: ADMIN_PASSWORD must be at least 12 characters$/,
    );
  });

  it('refuses a common ADMIN_PASSWORD, or one built from ADMIN_LOGIN, without echoing it', () => {
    for (const weak of ['password1234', '111111111111', 'chiefchiefchief'])
      expect(() => validateEnvironment({ ADMIN_LOGIN: 'chief', ADMIN_PASSWORD: weak })).toThrow(
        /^Invalid configuration: ADMIN_PASSWORD is too easy to guess \(common, a pattern, or built from ADMIN_LOGIN\)$/,
      );
    expect(
      validateEnvironment({ ADMIN_LOGIN: 'chief', ADMIN_PASSWORD: 'a long chosen password' }).ADMIN_LOGIN,
    ).toBe('chief');
  });

  it('trusts no proxy unless TRUST_PROXY lists addresses or CIDR ranges of either IP version', () => {
    expect(validateEnvironment({}).TRUST_PROXY).toEqual([]);
    expect(validateEnvironment({ TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,::1,fd00::/8' }).TRUST_PROXY).toEqual(
      ['10.0.0.5', '192.168.0.0/16', '::1', 'fd00::/8'],
    );
  });

  it('names TRUST_PROXY in one line when an entry is not an address or a range', () => {
    for (const bad of ['true', '10.0.0.0/33', 'proxy.local', '::1/129', '10.0.0.1/8/1'])
      expect(() => validateEnvironment({ TRUST_PROXY: bad })).toThrow(
        /^Invalid configuration: TRUST_PROXY must be a comma-separated list of proxy addresses or CIDR ranges \(IPv4 or IPv6\) \(got .*\)$/,
      );
  });

  it('keeps personal data 1095 days after results by default, and refuses a period out of 1 to 3650 days', () => {
    expect(validateEnvironment({}).PERSONAL_DATA_RETENTION_DAYS).toBe(1095);
    expect(validateEnvironment({ PERSONAL_DATA_RETENTION_DAYS: '365' }).PERSONAL_DATA_RETENTION_DAYS).toBe(
      365,
    );
    for (const value of ['0', '3651', 'forever'])
      expect(() => validateEnvironment({ PERSONAL_DATA_RETENTION_DAYS: value })).toThrow(
        /^Invalid configuration: PERSONAL_DATA_RETENTION_DAYS must /,
      );
  });

  it('takes a migration URL next to DATABASE_URL, and refuses one on its own', () => {
    const owner = 'postgres://owner:secret@db:5432/prgauge';
    const app = 'postgres://app:secret@db:5432/prgauge';
    expect(
      validateEnvironment({ DATABASE_URL: app, MIGRATION_DATABASE_URL: owner }).MIGRATION_DATABASE_URL,
    ).toBe(owner);
    expect(() => validateEnvironment({ MIGRATION_DATABASE_URL: owner })).toThrow(
      /^Invalid configuration: MIGRATION_DATABASE_URL needs DATABASE_URL/,
    );
    expect(() =>
      validateEnvironment({ DATABASE_URL: app, MIGRATION_DATABASE_URL: 'mysql://owner:secret@db/prgauge' }),
    ).toThrow(
      'Invalid configuration: MIGRATION_DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://owner:***@db/prgauge")',
    );
  });

  it('links to PUBLIC_URL without its trailing slash, to localhost on the port when unset, and refuses a non-web address', () => {
    expect(publicUrlOf(validateEnvironment({ PUBLIC_URL: 'https://prgauge.example.gov/' }))).toBe(
      'https://prgauge.example.gov',
    );
    expect(publicUrlOf(validateEnvironment({ PUBLIC_URL: 'https://gov.example/prgauge' }))).toBe(
      'https://gov.example/prgauge',
    );
    expect(publicUrlOf(validateEnvironment({ PORT: '8080' }))).toBe('http://localhost:8080');
    for (const bad of ['prgauge.example.gov', 'ftp://prgauge.example.gov', 'https://x.example/?a=1'])
      expect(() => validateEnvironment({ PUBLIC_URL: bad })).toThrow(
        /^Invalid configuration: PUBLIC_URL must be/,
      );
  });

  it('takes an smtp:// or smtps:// SMTP_URL with MAIL_FROM, and names either when it is wrong, hiding the password', () => {
    const from = 'PR Gauge <noreply@prgauge.example.gov>';
    for (const url of [
      'smtp://mail.example.gov',
      'smtps://user:p%40ss@mail.example.gov:465',
      'smtp://[::1]:2525',
    ])
      expect(validateEnvironment({ SMTP_URL: url, MAIL_FROM: from }).SMTP_URL).toBe(url);
    expect(validateEnvironment({ MAIL_FROM: 'noreply@prgauge.example.gov' }).SMTP_URL).toBeUndefined();
    for (const bad of [
      'mail.example.gov',
      'http://mail.example.gov',
      'smtp://',
      'smtp://mail.example.gov/inbox',
    ])
      expect(() => validateEnvironment({ SMTP_URL: bad, MAIL_FROM: from })).toThrow(
        /^Invalid configuration: SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/,
      );
    expect(() => validateEnvironment({ SMTP_URL: 'ftp://user:hunter22@mail.example.gov' })).toThrow(
      'ftp://user:***@mail.example.gov',
    );
    expect(() => validateEnvironment({ SMTP_URL: 'smtp://mail.example.gov' })).toThrow(
      'Invalid configuration: SMTP_URL needs MAIL_FROM',
    );
    for (const bad of ['PR Gauge', 'noreply@', 'PR Gauge <noreply>', 'a@b.c\r\nBcc: x@y.z'])
      expect(() => validateEnvironment({ MAIL_FROM: bad })).toThrow(
        /^Invalid configuration: MAIL_FROM must be/,
      );
  });
});
