import { QUEUE_SCHEMA } from '../jobs/job-queue-schema';
import { Client, escapeIdentifier, escapeLiteral } from 'pg';

export interface LoginRole {
  name: string;
  password: string;
}

/**
 * The two roles of a server the API sets up itself (the embedded one, and the integration tests' one): the owner
 * runs migrations and owns every object; the API connects as the app role, which is granted rows and nothing more.
 * That server listens on loopback only, so fixed local passwords expose nothing.
 */
export const OWNER_ROLE: LoginRole = { name: 'prgauge_owner', password: 'prgauge_owner' };
export const APP_ROLE: LoginRole = { name: 'prgauge_app', password: 'prgauge_app' };

const DUPLICATE_OBJECT = '42710';
const UNIQUE_VIOLATION = '23505';

/**
 * Creates a login role that is no superuser and may create neither roles nor databases, unless it exists.
 * Run as a superuser; two callers racing are fine.
 */
export async function ensureLoginRole(superuser: Client, role: LoginRole): Promise<void> {
  const found = await superuser.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.name]);
  if (found.rowCount) return;
  try {
    await superuser.query(
      `CREATE ROLE ${escapeIdentifier(role.name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS ` +
        `PASSWORD ${escapeLiteral(role.password)}`,
    );
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== DUPLICATE_OBJECT && code !== UNIQUE_VIOLATION) throw error;
  }
}

/**
 * Makes `owner` the owner of a database and of everything in its public schema and the job queue's schema. Databases created before the
 * API had separate roles belong to the superuser that ran the first migrations; this hands them over, so the
 * owner can run later migrations. Objects of extensions, and those that move with their table (indexes, serial
 * sequences, row types), are left alone. Run as a superuser, connected to that database; cheap when there is
 * nothing to do.
 */
export async function handDatabaseTo(superuserOnDatabase: Client, owner: string): Promise<void> {
  const role = escapeIdentifier(owner);
  await superuserOnDatabase.query(
    `ALTER DATABASE ${escapeIdentifier(await currentDatabase(superuserOnDatabase))} OWNER TO ${role}`,
  );
  const { rows } = await superuserOnDatabase.query<{ statement: string }>(FOREIGN_OWNED, [
    owner,
    [...HANDED_SCHEMAS],
  ]);
  for (const { statement } of rows) await superuserOnDatabase.query(statement);
}

async function currentDatabase(client: Client): Promise<string> {
  const { rows } = await client.query<{ name: string }>('SELECT current_database() AS name');
  return rows[0].name;
}

/** The schemas the migrations build: the product's tables, and the job queue's. */
const HANDED_SCHEMAS = ['public', QUEUE_SCHEMA] as const;

/**
 * One `ALTER ... OWNER TO $1` per object of the schemas `$2` owned by someone else, and per such schema other than
 * `public` (whose owner PostgreSQL itself manages).
 */
const FOREIGN_OWNED = `
  WITH handed AS (SELECT oid, nspname, nspowner FROM pg_namespace WHERE nspname = ANY($2::text[])),
  from_extension AS (SELECT classid, objid FROM pg_depend WHERE deptype = 'e'),
  objects AS (
    SELECT 'SCHEMA' AS kind, quote_ident(h.nspname) AS name, h.nspowner AS owner,
           'pg_namespace'::regclass AS classid, h.oid
      FROM handed h WHERE h.nspname <> 'public'
    UNION ALL
    SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
             ELSE 'TABLE' END, c.oid::regclass::text, c.relowner, 'pg_class'::regclass, c.oid
      FROM pg_class c
     WHERE c.relnamespace IN (SELECT oid FROM handed) AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
       AND NOT (c.relkind = 'S' AND EXISTS (
         SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
    UNION ALL
    SELECT 'FUNCTION', p.oid::regprocedure::text, p.proowner, 'pg_proc'::regclass, p.oid
      FROM pg_proc p WHERE p.pronamespace IN (SELECT oid FROM handed)
    UNION ALL
    SELECT 'TYPE', t.oid::regtype::text, t.typowner, 'pg_type'::regclass, t.oid
      FROM pg_type t
     WHERE t.typnamespace IN (SELECT oid FROM handed) AND t.typtype IN ('e', 'd')
  )
  SELECT format('ALTER %s %s OWNER TO %I', kind, name, $1::text) AS statement
    FROM objects o
   WHERE o.owner <> (SELECT oid FROM pg_roles WHERE rolname = $1)
     AND NOT EXISTS (SELECT 1 FROM from_extension e WHERE e.classid = o.classid AND e.objid = o.oid)`;

/** The user name in a postgres:// URL. */
export function roleOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}

/**
 * Why the role at `url` could tamper with the audit trail (it is a superuser, or owns or may act as the owner of
 * `audit_entry`), or null when it cannot. For the start-up warning about an external server.
 */
export async function auditTrailExposure(url: string): Promise<string | null> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ role: string; superuser: boolean; owner: boolean }>(`
      SELECT current_user AS role, r.rolsuper AS superuser,
             coalesce(pg_has_role(current_user, c.relowner, 'USAGE'), false) AS owner
        FROM pg_roles r LEFT JOIN pg_class c ON c.oid = to_regclass('public.audit_entry')
       WHERE r.rolname = current_user`);
    const [{ role, superuser, owner }] = rows;
    if (superuser) return `the API's database role "${role}" is a superuser`;
    if (owner) return `the API's database role "${role}" owns the audit table`;
    return null;
  } finally {
    await client.end();
  }
}
