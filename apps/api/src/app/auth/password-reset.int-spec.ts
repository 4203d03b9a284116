import type { LightMyRequestResponse } from 'fastify';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { callerFor, PASSWORD, seedRegions, signIn } from '../../../test/support/fixtures';
import { releaseClock, setClock } from '../../../test/support/clock';
import { startSmtpDelivery, type SmtpDelivery } from '../../../test/support/smtp-delivery';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { RESET_ANSWER_MS, RESET_LIMIT_PER_ACCOUNT, RESET_LIMIT_PER_CLIENT } from './password-reset.service';

const CHOSEN = 'velvet harbour quietly juggles lanterns';
const PUBLIC_URL = 'https://prgauge.example.gov';

/** "Forgot your password?": an emailed link that works once, for 30 minutes, and tells strangers nothing. */
describe('password reset by email', () => {
  let testApp: TestApp;
  let ds: DataSource;
  let smtp: SmtpDelivery;

  beforeAll(async () => {
    testApp = await createTestApp(undefined, { JOB_WORKER: 'false', PUBLIC_URL });
    ds = testApp.app.get(DataSource);
    smtp = await startSmtpDelivery(testApp, PUBLIC_URL);
    await seedRegions(testApp);
  });
  afterAll(async () => {
    releaseClock(testApp);
    await smtp?.stop();
    await testApp?.close();
  });

  const ask = (loginOrEmail: unknown, remoteAddress: string) =>
    testApp.request({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { loginOrEmail },
      remoteAddress,
    });
  const complete = (token: string, newPassword = CHOSEN) =>
    testApp.request({
      method: 'POST',
      url: '/api/auth/password-reset/complete',
      payload: { token, newPassword },
      remoteAddress: '192.0.2.99',
    });
  const mailsTo = (address: string) =>
    ds.query(
      `SELECT id, to_address, locale, subject, text_body, html_body, state FROM mail_message
        WHERE kind = 'account.password_reset' AND to_address = $1 ORDER BY created_at`,
      [address],
    ) as Promise<Record<string, string>[]>;
  const tokenIn = (mail: Record<string, string>) =>
    /\/reset-password\?token=([A-Za-z0-9_-]{43})\b/.exec(mail['text_body'])?.[1] ?? 'none';
  const refusal = (r: LightMyRequestResponse) => [r.statusCode, r.json().code];

  it('emails a link that sets a new password once, ends every session and audits the reset', async () => {
    setClock(testApp, '2027-03-01T09:00:00Z');
    const old = await signIn(testApp, 'evaluator');
    const asked = await ask('Evaluator@PRGauge.example', '192.0.2.1');
    expect([asked.statusCode, asked.json()]).toEqual([202, { validForMinutes: 30 }]);

    const [mail, ...more] = await mailsTo('evaluator@prgauge.example');
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ locale: 'ru', subject: 'Выбор нового пароля PR Gauge' });
    // The link as it reaches the mailbox, through a real SMTP server.
    const [received, ...others] = (await smtp.delivered(0)).filter((m) =>
      m.recipients.includes('evaluator@prgauge.example'),
    );
    expect(others).toEqual([]);
    expect(received.parsed.subject).toBe('Выбор нового пароля PR Gauge');
    expect(received.parsed.text).toContain(`${PUBLIC_URL}/reset-password?token=`);
    const token = tokenIn({ text_body: received.parsed.text ?? '' });
    expect(token).toBe(tokenIn(mail));
    expect(mail['html_body']).toContain(`/reset-password?token=${token}`);
    // The outbox shows the message to an admin without the token: reading it sets nobody's password.
    const admin = await callerFor(testApp, 'admin');
    const outbox = (await admin({ method: 'GET', url: `/api/mail/outbox/${mail['id']}` })).json();
    expect(`${outbox.text}${outbox.html}`).not.toContain(token);
    expect(outbox.text).toContain('/reset-password?token=hidden');
    // Only the token's hash is kept: the table alone sets nobody's password.
    const [link] = await ds.query(`SELECT token_hash FROM password_reset_link`);
    expect(link.token_hash).toBe(createHash('sha256').update(token).digest('hex'));

    const weak = await complete(token, 'password1234');
    expect([weak.statusCode, weak.json().details[0]]).toMatchObject([400, { field: 'newPassword' }]);
    expect((await complete(token)).statusCode).toBe(204);
    expect(refusal(await complete(token))).toEqual([410, 'auth.reset_link_used']);

    const me = await testApp.request({ method: 'GET', url: '/api/auth/me', headers: { cookie: old.cookie } });
    expect(me.statusCode).toBe(401);
    await expect(signIn(testApp, 'evaluator', PASSWORD)).rejects.toThrow('401');
    await expect(signIn(testApp, 'evaluator', CHOSEN)).resolves.toHaveProperty('cookie');
    const audit = await ds.query(
      `SELECT action, user_login, ip FROM audit_entry WHERE action = 'password.reset'`,
    );
    expect(audit).toEqual([{ action: 'password.reset', user_login: 'evaluator', ip: '192.0.2.99' }]);
  });

  it('lets a link expire after 30 minutes, and ends older links with a newer one', async () => {
    setClock(testApp, '2027-03-02T09:00:00Z');
    await ask('viewer', '192.0.2.2');
    setClock(testApp, '2027-03-02T09:10:00Z');
    await ask('viewer', '192.0.2.2');
    const [first, second] = (await mailsTo('viewer@prgauge.example')).map(tokenIn);
    expect(refusal(await complete(first))).toEqual([410, 'auth.reset_link_replaced']);
    setClock(testApp, '2027-03-02T09:40:01Z');
    expect(refusal(await complete(second))).toEqual([410, 'auth.reset_link_expired']);
    expect(refusal(await complete('A'.repeat(43)))).toEqual([400, 'auth.reset_link_unknown']);
    await expect(signIn(testApp, 'viewer', PASSWORD)).resolves.toHaveProperty('cookie');
  });

  it('answers an unknown address as a known one, and mails nobody without an address or retired', async () => {
    releaseClock(testApp);
    const timed = async (given: string) => {
      const started = performance.now();
      const response = await ask(given, '192.0.2.3');
      return { response, ms: performance.now() - started };
    };
    const known = await timed('director');
    const unknown = await timed('nobody@nowhere.example');
    expect([unknown.response.statusCode, unknown.response.json()]).toEqual([
      known.response.statusCode,
      known.response.json(),
    ]);
    expect(Math.min(known.ms, unknown.ms)).toBeGreaterThanOrEqual(RESET_ANSWER_MS - 2);
    expect(await mailsTo('director@prgauge.example')).toHaveLength(1);
    expect(await mailsTo('nobody@nowhere.example')).toEqual([]);

    await ds.query(`UPDATE app_user SET email = NULL WHERE login = 'editor-b'`);
    await ds.query(`UPDATE app_user SET active = false WHERE login = 'editor-a'`);
    expect((await ask('editor-b', '192.0.2.3')).statusCode).toBe(202);
    expect((await ask('editor-a@prgauge.example', '192.0.2.3')).statusCode).toBe(202);
    expect(await mailsTo('editor-a@prgauge.example')).toEqual([]);
    const links = await ds.query(
      `SELECT count(*)::int AS n FROM password_reset_link l JOIN app_user u ON u.id = l.account_id
        WHERE u.login IN ('editor-a', 'editor-b')`,
    );
    expect(links).toEqual([{ n: 0 }]);

    // A shared mailbox: each account on it gets its own link, naming its login.
    await ds.query(
      `UPDATE app_user SET email = 'press@prgauge.example' WHERE login IN ('admin', 'south-director')`,
    );
    await ask('PRESS@prgauge.example', '192.0.2.3');
    const shared = await mailsTo('press@prgauge.example');
    const named = shared.map((m) => (m['text_body'].includes('south-director') ? 'south-director' : 'admin'));
    expect(named.sort()).toEqual(['admin', 'south-director']);
    expect(new Set(shared.map(tokenIn)).size).toBe(2);
  });

  it('throttles per login or address and per client with 429 auth.reset_throttled, known or not', async () => {
    releaseClock(testApp);
    for (let i = 0; i < RESET_LIMIT_PER_ACCOUNT.limit; i += 1)
      expect((await ask('ghost@nowhere.example', `192.0.2.${10 + i}`)).statusCode).toBe(202);
    const perAccount = await ask('Ghost@nowhere.example', '192.0.2.20');
    expect(refusal(perAccount)).toEqual([429, 'auth.reset_throttled']);
    expect(Number(perAccount.headers['retry-after'])).toBeGreaterThan(3500);

    const client = '198.51.100.7';
    const answers = await Promise.all(
      Array.from({ length: RESET_LIMIT_PER_CLIENT.limit }, (_, i) => ask(`someone-${i}`, client)),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(answers.map(() => 202));
    expect(refusal(await ask('director', client))).toEqual([429, 'auth.reset_throttled']);

    const malformed = await ask(42, '192.0.2.30');
    expect([malformed.statusCode, malformed.json().details[0].field]).toEqual([400, 'loginOrEmail']);
  });
});
