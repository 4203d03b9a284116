import { plainToInstance, Transform } from 'class-transformer';
import { isIP } from 'node:net';
import { PASSWORD_MIN_LENGTH, weakPasswordReason } from '../auth/password-policy';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
  ValidateBy,
} from 'class-validator';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

// Only whole-number strings become numbers, so a typo keeps its own text in the error message.
const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

const toList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.split(',').map((entry) => entry.trim()) : value;

/** An IPv4 or IPv6 address, or a CIDR range of either: what Fastify's `trustProxy` (proxy-addr) accepts. */
export function isProxyAddress(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length > 0) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128));
}

/** An address (`a@b.c`) alone, or after a display name in angle brackets (`PR Gauge <a@b.c>`). */
const MAIL_FROM_PATTERN = /^(?:[^<>@\r\n]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

/** An `smtp://` or `smtps://` URL naming a host, and no path beyond `/`. */
export function isSmtpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'smtp:' || url.protocol === 'smtps:') &&
      url.hostname !== '' &&
      (url.pathname === '' || url.pathname === '/')
    );
  } catch {
    return false;
  }
}

/** Every setting the API reads from the environment, validated once at boot. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /**
   * The address people reach the product at (`https://prgauge.example.gov`, a path prefix allowed), for every link
   * the product writes into a file or a message: never taken from a request's Host header, which a client chooses.
   * Unset, `http://localhost:PORT` (`publicUrlOf`).
   */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, {
    message:
      'PUBLIC_URL must be an http:// or https:// address without a query, such as https://prgauge.example.gov',
  })
  PUBLIC_URL?: string;

  /**
   * The mail server messages are sent through: `smtp://` (STARTTLS when the server offers it) or `smtps://`
   * (TLS from the start), with `user:password@` when it asks for a login, e.g.
   * `smtps://prgauge:secret@mail.example.gov:465`. Unset, no mail is sent: each message is kept in the outbox
   * that admins read in the dashboard.
   */
  @IsOptional()
  @ValidateBy(
    { name: 'isSmtpUrl', validator: { validate: (value: unknown) => isSmtpUrl(value) } },
    {
      message:
        'SMTP_URL must be an smtp:// or smtps:// URL with a host, such as smtps://user:password@mail.example.gov:465',
    },
  )
  SMTP_URL?: string;

  /**
   * The sender of every message: an address, optionally with a display name (`PR Gauge <noreply@example.gov>`).
   * Needed when SMTP_URL is set.
   */
  @IsOptional()
  @Matches(MAIL_FROM_PATTERN, {
    message: 'MAIL_FROM must be an email address, optionally with a name: PR Gauge <noreply@example.gov>',
  })
  MAIL_FROM?: string;

  /**
   * An external PostgreSQL, as the role the API works with: rows only, owning nothing. When unset the API runs an
   * embedded server itself, with both roles set up.
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  /**
   * The same database as the role that owns the schema, for migrations; the API's role is then granted what it
   * needs. Defaults to DATABASE_URL (one role for both, with a warning at start).
   */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, {
    message: 'MIGRATION_DATABASE_URL must be a postgres:// or postgresql:// URL',
  })
  MIGRATION_DATABASE_URL?: string;

  /** Where the embedded PostgreSQL keeps its data between restarts. */
  @IsString()
  PG_DATA_DIR = 'data/postgres';

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(65535)
  PG_PORT = 54329;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'info';

  /** Folder of the built dashboard; served at / in production. */
  @IsOptional()
  @IsString()
  DASHBOARD_DIR?: string;

  /**
   * Whether this instance works background jobs. Every instance queues jobs and serves their records; an
   * instance started with `JOB_WORKER=false` leaves the work to the other instances.
   */
  @Transform(toBoolean)
  @IsBoolean()
  JOB_WORKER = true;

  /**
   * The Chromium (or Chrome) executable that renders PDF reports. Without one there, the API runs as usual and
   * the PDF routes answer 503 `report.renderer_unavailable`.
   */
  @IsString()
  CHROMIUM_PATH = '/usr/bin/chromium';

  /** Load the demo region when the database is empty. */
  @Transform(toBoolean)
  @IsBoolean()
  DEMO_DATA = false;

  /** The day the demo region is told as of (YYYY-MM-DD); today when unset. */
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, {
    message: 'DEMO_TODAY must be a date as YYYY-MM-DD',
  })
  DEMO_TODAY?: string;

  /**
   * The reverse proxies whose `X-Forwarded-For` and `X-Forwarded-Proto` are believed, as addresses or CIDR
   * ranges. Unset means none: the client's address is the connection's, whatever headers it sends.
   */
  @Transform(toList)
  @ValidateBy(
    {
      name: 'isProxyList',
      validator: { validate: (v: unknown) => Array.isArray(v) && v.every((e) => isProxyAddress(String(e))) },
    },
    {
      message: 'TRUST_PROXY must be a comma-separated list of proxy addresses or CIDR ranges (IPv4 or IPv6)',
    },
  )
  TRUST_PROXY: string[] = [];

  @IsOptional()
  @IsString()
  @MinLength(3)
  ADMIN_LOGIN?: string;

  /** The first admin's password: refused at start when it is short, common or built from ADMIN_LOGIN. */
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, {
    message: `ADMIN_PASSWORD must be at least ${PASSWORD_MIN_LENGTH} characters`,
  })
  @ValidateBy(
    {
      name: 'isHardToGuess',
      validator: {
        validate: (value: unknown, args) =>
          weakPasswordReason(String(value), [(args?.object as Partial<Environment>).ADMIN_LOGIN]) === null,
      },
    },
    { message: 'ADMIN_PASSWORD is too easy to guess (common, a pattern, or built from ADMIN_LOGIN)' },
  )
  ADMIN_PASSWORD?: string;

  /**
   * Days after a contest's results are published (or, never published, after its last judging or voting day)
   * when applicants' and voters' contact data and files are erased. Three years by default: the general
   * limitation period for claims in Russia and Kazakhstan.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(3650)
  PERSONAL_DATA_RETENTION_DAYS = 1095;

  /**
   * Above this many values to write, a value import's save runs as a background job: 2,000 values are 25 agencies
   * of an 80-indicator framework, a few seconds of saving, about as long as a person waits on a button.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  IMPORT_JOB_VALUES = 2000;
}

export class InvalidEnvironmentError extends Error {}

/** A URL's password is masked, so that a mistyped database URL can be shown without leaking it. */
function withoutPassword(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/^([a-z][\w+.-]*:\/\/[^:/@]*:)[^@/]*@/i, '$1***@') : value;
}

/** Validates raw environment variables; the first problem is reported as one line naming the variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== ''));
  const env = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const [first] = errors;
    // Decorators apply bottom-up, so the last constraint is the first one written: the most basic check.
    const problem = Object.values(first.constraints ?? {}).at(-1) ?? 'is invalid';
    const shown = first.property.includes('PASSWORD')
      ? ''
      : ` (got ${JSON.stringify(withoutPassword(first.value))})`;
    throw new InvalidEnvironmentError(`Invalid configuration: ${problem}${shown}`);
  }
  if (env.MIGRATION_DATABASE_URL && !env.DATABASE_URL) {
    throw new InvalidEnvironmentError(
      'Invalid configuration: MIGRATION_DATABASE_URL needs DATABASE_URL (the embedded server sets up its own roles)',
    );
  }
  if (env.SMTP_URL && !env.MAIL_FROM) {
    throw new InvalidEnvironmentError(
      'Invalid configuration: SMTP_URL needs MAIL_FROM, the address messages are sent from',
    );
  }
  return env;
}

/** `PUBLIC_URL` without a trailing slash, or `http://localhost:PORT` when it is unset. */
export function publicUrlOf(env: Pick<Environment, 'PUBLIC_URL' | 'PORT'>): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}
