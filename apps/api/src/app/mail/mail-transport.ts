import { createTransport } from 'nodemailer';

/** One message as it goes out. */
export interface OutgoingMail {
  /** The stored RFC 5322 Message-ID (`<id@prgauge>`): a resend after a crash carries the same one. */
  messageId: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** What the mail worker sends through: SMTP in the product, anything that sends in a test. */
export interface MailTransport {
  /** Resolves once the server accepted the message; rejects with the server's refusal or a connection error. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** How many messages one connection carries before it is closed and opened anew. */
const MESSAGES_PER_CONNECTION = 100;

/** How long connecting, the server's greeting and a silent socket may take, in ms: well within the queue's expiry. */
const CONNECTION_TIMEOUT_MS = 10_000;
const GREETING_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 60_000;

/**
 * Sends through the server of an `smtp://` or `smtps://` URL (`SMTP_URL`, validated at boot): TLS from the start
 * for smtps, STARTTLS where an smtp server offers it, and the URL's user and password as the login. One connection
 * is kept open between messages (the worker sends one at a time), so an event that mails a whole region pays the
 * connection, TLS and login once per `MESSAGES_PER_CONNECTION` messages rather than for each; a connection the
 * server closed is opened again on the next send.
 */
export function smtpTransport(smtpUrl: string): MailTransport {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const transporter = createTransport({
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    greetingTimeout: GREETING_TIMEOUT_MS,
    socketTimeout: SOCKET_TIMEOUT_MS,
    pool: true,
    maxConnections: 1,
    maxMessages: MESSAGES_PER_CONNECTION,
    // Messages are text and HTML only: nothing in them may make the sender read files or fetch addresses.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    async send(mail) {
      await transporter.sendMail(mail);
    },
    close: () => transporter.close(),
  };
}

/** The longest error kept on a message. */
const MAX_ERROR_LENGTH = 500;

/**
 * Why a send failed, for `mail_message.last_error` and the logs: the server's answer (`451 4.3.0 Try later`) or
 * the connection's error, with the SMTP login and password blanked out wherever they appear.
 */
export function mailErrorText(error: unknown, smtpUrl?: string): string {
  const failure = (error ?? {}) as {
    code?: unknown;
    responseCode?: unknown;
    response?: unknown;
    message?: unknown;
  };
  const words = [
    typeof failure.code === 'string' ? failure.code : null,
    typeof failure.response === 'string' ? failure.response : String(failure.message ?? error),
  ].filter((word): word is string => !!word);
  let text = words.join(': ');
  for (const secret of secretsOf(smtpUrl)) text = text.split(secret).join('***');
  return text.replace(/(\w+:\/\/[^:/@\s]*:)[^@/\s]*@/g, '$1***@').slice(0, MAX_ERROR_LENGTH);
}

function secretsOf(smtpUrl: string | undefined): string[] {
  if (!smtpUrl) return [];
  try {
    const url = new URL(smtpUrl);
    return [url.password, decodeURIComponent(url.password)].filter((secret) => secret.length >= 3);
  } catch {
    return [];
  }
}
