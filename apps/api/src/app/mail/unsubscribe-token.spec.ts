import { randomBytes, randomUUID } from 'node:crypto';
import { isUnsubscribable, messageOfToken, unsubscribeToken, unsubscribeUrls } from './unsubscribe-token';

describe('unsubscribe tokens', () => {
  const secret = randomBytes(32);
  const id = randomUUID();

  it('name the message they were signed for, and only with the secret that signed them', () => {
    const token = unsubscribeToken(secret, id);
    expect(messageOfToken(secret, token)).toBe(id);
    expect(messageOfToken(randomBytes(32), token)).toBeNull();
  });

  it('refuse another message under the same signature, a changed signature, and anything malformed', () => {
    const [, signature] = unsubscribeToken(secret, id).split('.');
    const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    for (const forged of [
      `${randomUUID()}.${signature}`,
      `${id}.${flipped}`,
      `${id}.${signature.slice(1)}`,
      id,
      '',
      `${id}.${signature}.x`,
    ])
      expect(messageOfToken(secret, forged)).toBeNull();
  });

  it("lead to the dashboard's page to confirm, and to the API's route for one click", () => {
    expect(unsubscribeUrls('https://prgauge.example.gov', 'a.b')).toEqual({
      page: 'https://prgauge.example.gov/unsubscribe?token=a.b',
      oneClick: 'https://prgauge.example.gov/api/mail/unsubscribe?token=a.b',
    });
  });

  it('go only to accounts, and never about a kind one cannot turn off', () => {
    expect(isUnsubscribable('account', 'submission.returned')).toBe(true);
    expect(isUnsubscribable(null, 'contest.application_received')).toBe(false);
    expect(isUnsubscribable('account', 'account.password_reset')).toBe(false);
  });
});
