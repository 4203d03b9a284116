import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message the server accepted: as it came over the wire, and parsed. */
export interface ReceivedMail {
  /** The envelope's recipients (RCPT TO). */
  recipients: string[];
  raw: string;
  parsed: ParsedMail;
}

/** A real SMTP server in the test process, on a free port of 127.0.0.1, that keeps what it accepts. */
export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, for `SMTP_URL` or `smtpTransport`. */
  url: string;
  /** Every message accepted so far, in order. */
  received: ReceivedMail[];
  /** How many connections clients have opened so far. */
  readonly connections: number;
  /** Refuses the next `count` messages with `code` (451: try again later) after reading them. */
  refuseNext(count: number, code?: number): void;
  /** Resolves once `count` messages were accepted in all; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  stop(): Promise<void>;
}

/** Starts the server: plain SMTP (no STARTTLS), any sender and recipient, no login. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const waiting: (() => void)[] = [];
  let refusals: { count: number; code: number } = { count: 0, code: 451 };
  let connections = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      connections += 1;
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusals.count > 0) {
          refusals = { ...refusals, count: refusals.count - 1 };
          callback(Object.assign(new Error('Try again later'), { responseCode: refusals.code }));
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        simpleParser(raw).then(
          (parsed) => {
            received.push({ recipients: session.envelope.rcptTo.map((r) => r.address), raw, parsed });
            for (const wake of waiting.splice(0)) wake();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get connections() {
      return connections;
    },
    refuseNext(count, code = 451) {
      refusals = { count, code };
    },
    waitFor(count, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`waited for ${count} message(s), got ${received.length}`)),
          timeoutMs,
        );
        const check = () => {
          if (received.length >= count) {
            clearTimeout(timer);
            resolve(received.slice());
          } else waiting.push(check);
        };
        check();
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
