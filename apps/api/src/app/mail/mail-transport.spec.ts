import { mailErrorText } from './mail-transport';

describe("a failed send's error, as kept on the message", () => {
  it("is the server's answer, with its code", () => {
    const refusal = Object.assign(new Error('Message failed'), {
      code: 'EMESSAGE',
      responseCode: 451,
      response: '451 4.3.0 Try again later',
    });
    expect(mailErrorText(refusal)).toBe('EMESSAGE: 451 4.3.0 Try again later');
  });

  it('never carries the SMTP password, plain or URL-encoded, nor a URL with credentials', () => {
    const url = 'smtps://prgauge:s3cr%2Ft!@mail.example.gov:465';
    const error = Object.assign(
      new Error('Invalid login for s3cr/t! and s3cr%2Ft! at smtps://prgauge:other@host'),
      {
        code: 'EAUTH',
      },
    );
    const text = mailErrorText(error, url);
    expect(text).not.toContain('s3cr');
    expect(text).not.toContain('other');
    expect(text).toBe('EAUTH: Invalid login for *** and *** at smtps://prgauge:***@host');
  });

  it('is cut to 500 characters', () => {
    expect(mailErrorText(new Error('x'.repeat(2000)))).toHaveLength(500);
  });
});
