// The national installation the national bench reads: a first region built through the API where the API is the
// simpler way (region, director, agencies, cycles opening, closing and publishing) with its bulk rows written
// through SQL, then every further region copied from the first through SQL, one statement per table.
import { signIn } from '../api/server.mjs';

export const PUBLISHED_CYCLES = ['2022', '2023', '2024'];
export const OPEN_CYCLE = '2025';
const PASSWORD = 'national bench password';
const OWN_PASSWORD = 'national bench own password';

/** `r01`, `r02`, …: region codes, and the prefix of each region's logins. */
export const regionCode = (index) => `r${String(index).padStart(2, '0')}`;

/** A new account's first sign-in replaces its one-time password, as a person would; returns the session. */
async function firstSignIn(base, login) {
  const first = await signIn(base, login, PASSWORD);
  await first.call('POST', '/api/auth/password', { currentPassword: PASSWORD, newPassword: OWN_PASSWORD });
  return signIn(base, login, OWN_PASSWORD);
}

/** How many indicators each agency reports in every cycle. */
export const INDICATORS = 80;

const cyclePeriod = (name, framework) => ({
  name,
  periodStart: `${name}-01-01`,
  periodEnd: `${name}-12-31`,
  deadline: '2099-01-01T00:00:00Z',
  framework,
});

/**
 * The built-in template grown to `count` indicators an agency reports: its agency-reported leaves repeated, each
 * copy with a key and names of its own, index after index, so weights, types and help stay those of real leaves.
 */
function frameworkWith(template, count) {
  const framework = structuredClone(template);
  const reported = (node) => node.children.filter((leaf) => leaf.source === 'agency');
  let total = framework.indicators.reduce((sum, index) => sum + reported(index).length, 0);
  for (let copy = 2; total < count; copy += 1) {
    for (const index of framework.indicators) {
      for (const leaf of reported(index).filter((l) => !/-\d+$/.test(l.key))) {
        if (total >= count) break;
        index.children.push({
          ...structuredClone(leaf),
          key: `${leaf.key}-${copy}`,
          name: Object.fromEntries(
            Object.entries(leaf.name).map(([lang, text]) => [lang, `${text} ${copy}`]),
          ),
        });
        total += 1;
      }
    }
  }
  return framework;
}

/** The framework every cycle of the bench uses: the template's, grown to `INDICATORS` reported leaves. */
async function benchFramework(director, db) {
  const draft = await director.call('POST', '/api/cycles', cyclePeriod('2021'));
  const { framework } = (await db.query(`SELECT framework FROM cycle WHERE id = $1`, [draft.id])).rows[0];
  await db.query(`DELETE FROM cycle WHERE id = $1`, [draft.id]);
  return frameworkWith(framework, INDICATORS);
}

/** The stored leaves of a framework (all but computed ones), with their measure's type: `{ keys, types }`. */
function reportedLeaves(framework) {
  const leaves = framework.indicators.flatMap((index) =>
    index.children.filter((l) => l.source !== 'computed'),
  );
  return { keys: leaves.map((l) => l.key), types: leaves.map((l) => l.measure.type) };
}

// A random value of its type for each reported leaf ($2 keys, $3 types) of each submission of cycle $1.
const LEAF_VALUES = `
  SELECT s.id, leaf.key, CASE leaf.type WHEN 'boolean' THEN (random() < 0.6)::int
                                        WHEN 'rating' THEN floor(random() * 6)
                                        WHEN 'percent' THEN round((random() * 100)::numeric, 1)
                                        ELSE floor(random() * 200) END
    FROM submission s, unnest($2::text[], $3::text[]) AS leaf (key, type)
   WHERE s.cycle_id = $1`;

/** A year of approved submissions, closed and published through the API. */
async function publishedCycle(director, db, name, framework) {
  const cycle = await director.call('POST', '/api/cycles', cyclePeriod(name, framework));
  const leaves = reportedLeaves(framework);
  await director.call('POST', `/api/cycles/${cycle.id}/open`, {});
  await db.query(
    `INSERT INTO submission_value (submission_id, indicator_key, value, reviewed_value)
       SELECT id, key, value, value FROM (${LEAF_VALUES}) v (id, key, value)`,
    [cycle.id, leaves.keys, leaves.types],
  );
  await db.query(
    `UPDATE submission SET status = 'approved', submitted_at = $2::date + 40, approved_at = $2::date + 60,
            last_reviewed_at = $2::date + 60
      WHERE cycle_id = $1`,
    [cycle.id, `${Number(name) + 1}-01-01`],
  );
  await director.call('POST', `/api/cycles/${cycle.id}/close`, {});
  await director.call('POST', `/api/cycles/${cycle.id}/publish`, {});
  return cycle;
}

/**
 * The open cycle in the middle of its round: by a hash of the agency, 15 % not started, 25 % drafts half filled,
 * 25 % submitted, 10 % returned with some values changed since the review, 25 % approved.
 */
async function openCycle(director, db, framework) {
  const cycle = await director.call('POST', '/api/cycles', cyclePeriod(OPEN_CYCLE, framework));
  const leaves = reportedLeaves(framework);
  await director.call('POST', `/api/cycles/${cycle.id}/open`, {});
  const bucket = `abs(hashtext(s.agency_id::text)) % 20`;
  await db.query(
    `UPDATE submission s SET
       status = (CASE WHEN ${bucket} < 8 THEN 'draft' WHEN ${bucket} < 13 THEN 'submitted'
                      WHEN ${bucket} < 15 THEN 'returned' ELSE 'approved' END)::submission_status,
       submitted_at = CASE WHEN ${bucket} >= 8 THEN now() - interval '3 days' END,
       last_reviewed_at = CASE WHEN ${bucket} >= 13 THEN now() - interval '2 days' END,
       approved_at = CASE WHEN ${bucket} >= 15 THEN now() - interval '2 days' END
     WHERE s.cycle_id = $1`,
    [cycle.id],
  );
  await db.query(
    `INSERT INTO submission_value (submission_id, indicator_key, value, reviewed_value)
       SELECT v.id, v.key, v.value,
              CASE WHEN s.last_reviewed_at IS NULL THEN NULL
                   WHEN s.status = 'returned' AND random() < 0.1 THEN v.value + 1 ELSE v.value END
         FROM (${LEAF_VALUES}) v (id, key, value)
         JOIN submission s ON s.id = v.id
        WHERE ${bucket} >= 3 AND (${bucket} >= 8 OR random() < 0.5)`,
    [cycle.id, leaves.keys, leaves.types],
  );
  return cycle;
}

/**
 * The region's audit trail as its year leaves it, per submission of each cycle: eight value saves of three
 * fields each, the submission, and the review's approval (a return for one in ten).
 */
async function auditTrail(db, regionId, director) {
  await db.query(
    `INSERT INTO audit_entry (at, user_id, user_login, region_id, agency_id, cycle_id, action, entity, entity_id,
                              changes, request_id, ip)
       SELECT c.period_end - 60 + make_interval(hours => n * 5, secs => abs(hashtext(s.id::text)) % 3600),
              CASE WHEN n <= 8 THEN editor.id ELSE $2::uuid END,
              CASE WHEN n <= 8 THEN editor.login ELSE $3 END,
              c.region_id, s.agency_id, c.id,
              CASE WHEN n <= 8 THEN 'submission.values' WHEN n = 9 THEN 'submit'
                   WHEN abs(hashtext(s.id::text)) % 10 = 0 THEN 'return' ELSE 'approve' END,
              'submission', s.id::text,
              CASE WHEN n <= 8 THEN jsonb_build_array(
                     jsonb_build_object('field', 'i' || n || '.a', 'old', NULL, 'new', n * 3),
                     jsonb_build_object('field', 'i' || n || '.b', 'old', n, 'new', n * 2),
                     jsonb_build_object('field', 'i' || n || '.c.note', 'old', NULL, 'new', 'see the report'))
                   ELSE '[]'::jsonb END,
              md5(s.id::text || n), '10.0.' || (n % 250) || '.' || (abs(hashtext(s.id::text)) % 250)
         FROM cycle c
         JOIN submission s ON s.cycle_id = c.id
         LEFT JOIN app_user editor ON editor.agency_id = s.agency_id AND editor.role = 'agency_editor'
        CROSS JOIN generate_series(1, 10) n
        WHERE c.region_id = $1
        ORDER BY 1`,
    [regionId, director.id, director.login],
  );
}

/**
 * Builds the first region: `agencies` agencies, each with an editor account, three published cycles and an open
 * one, and the audit trail. Returns `{ region, admin, director, editor, published: [cycle…], open }`, the
 * sessions signed in.
 */
export async function buildFirstRegion({ base, db, admin, agencies, progress }) {
  const code = regionCode(1);
  const region = await admin.call('POST', '/api/regions', { code, name: { en: `Region ${code}` } });
  const directorLogin = `${code}-director`;
  await admin.call('POST', '/api/users', {
    login: directorLogin,
    displayName: `Director of ${code}`,
    role: 'director',
    regionId: region.id,
    password: PASSWORD,
  });
  const director = await firstSignIn(base, directorLogin);
  const csv = [
    'code,name_en,pr_staff',
    ...Array.from(
      { length: agencies },
      (_, i) => `AG${String(i).padStart(4, '0')},Agency ${i},${1 + (i % 6)}`,
    ),
  ].join('\n');
  await director.call('POST', '/api/agencies/import', csv, 'text/csv');
  progress(`${code}: ${agencies} agencies imported`);

  // One editor per agency: the first through the API, the rest sharing its password hash.
  const first = (
    await db.query(`SELECT id FROM agency WHERE region_id = $1 ORDER BY code LIMIT 1`, [region.id])
  ).rows[0];
  const editorLogin = `${code}-ag0000`;
  await admin.call('POST', '/api/users', {
    login: editorLogin,
    displayName: 'Editor AG0000',
    role: 'agency_editor',
    regionId: region.id,
    agencyId: first.id,
    password: PASSWORD,
  });
  const editor = await firstSignIn(base, editorLogin);
  await db.query(
    `INSERT INTO app_user (login, display_name, password_hash, role, region_id, agency_id, name_search,
                           password_change_required)
       SELECT lower($2 || '-' || a.code), 'Editor ' || a.code, t.password_hash, 'agency_editor', a.region_id, a.id,
              lower($2 || a.code || 'editor' || a.code), false
         FROM agency a, app_user t
        WHERE a.region_id = $1 AND t.login = $3 AND a.id <> $4`,
    [region.id, code, editorLogin, first.id],
  );

  const framework = await benchFramework(director, db);
  const published = [];
  for (const name of PUBLISHED_CYCLES) {
    published.push(await publishedCycle(director, db, name, framework));
    progress(`${code}: cycle ${name} published`);
  }
  const open = await openCycle(director, db, framework);
  const directorRow = (await db.query(`SELECT id, login FROM app_user WHERE login = $1`, [directorLogin]))
    .rows[0];
  await auditTrail(db, region.id, directorRow);
  progress(`${code}: open cycle ${OPEN_CYCLE} in mixed states, audit trail written`);
  return { region, director, editor, published, open };
}

/** The columns of a table, in order. */
async function columnsOf(db, table) {
  const { rows } = await db.query(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((r) => r.column_name);
}

/**
 * `INSERT INTO table SELECT … FROM table src <from>`: every column copied from `src` unless `set` gives its
 * expression (`null` leaves the column to its default).
 */
async function copyRows(db, table, set, from, params) {
  const columns = (await columnsOf(db, table)).filter((c) => set[c] !== null);
  const values = columns.map((c) => set[c] ?? `src.${c}`);
  const result = await db.query(
    `INSERT INTO ${table} (${columns.join(', ')}) SELECT ${values.join(', ')} FROM ${table} src ${from}`,
    params,
  );
  return result.rowCount;
}

/**
 * A copy of region `from` as region number `index`: its settings, agencies, accounts (logins renamed to the new
 * region's prefix, same password), cycles with their frameworks and states, submissions, values, published
 * snapshots and rankings, and audit trail, each pointing at the copy's own rows. Returns the rows written per table.
 */
export async function copyRegion(db, from, index) {
  const code = regionCode(index);
  const fromCode = (await db.query(`SELECT code FROM region WHERE id = $1`, [from])).rows[0].code;
  const written = {};
  await db.query('BEGIN');
  try {
    const to = (
      await db.query(
        `INSERT INTO region (${(await columnsOf(db, 'region')).filter((c) => c !== 'id').join(', ')})
           SELECT ${(await columnsOf(db, 'region'))
             .filter((c) => c !== 'id')
             .map((c) =>
               c === 'code' ? '$2' : c === 'name' ? `jsonb_build_object('en', 'Region ' || $2)` : c,
             )
             .join(', ')}
             FROM region WHERE id = $1 RETURNING id`,
        [from, code],
      )
    ).rows[0].id;
    const params = [from, to];
    written.agency = await copyRows(
      db,
      'agency',
      { id: null, region_id: '$2', peer_group_id: 'NULL' },
      'WHERE src.region_id = $1',
      params,
    );
    // Each copied row finds its counterpart by a key unique within a region: agency code, login, cycle name.
    const agencyOf = (column) =>
      `(SELECT n.id FROM agency o JOIN agency n ON n.code = o.code AND n.region_id = $2 WHERE o.id = src.${column})`;
    written.app_user = await copyRows(
      db,
      'app_user',
      {
        id: null,
        region_id: '$2',
        agency_id: agencyOf('agency_id'),
        login: `$3 || substr(src.login, length($4) + 1)`,
        email: 'NULL',
      },
      'WHERE src.region_id = $1',
      [...params, code, fromCode],
    );
    written.cycle = await copyRows(
      db,
      'cycle',
      { id: null, region_id: '$2' },
      'WHERE src.region_id = $1',
      params,
    );
    await db.query(
      `CREATE TEMP TABLE copied_cycle ON COMMIT DROP AS
         SELECT o.id AS old_id, n.id AS new_id FROM cycle o JOIN cycle n ON n.name = o.name AND n.region_id = $2
          WHERE o.region_id = $1`,
      params,
    );
    await db.query(
      `CREATE TEMP TABLE copied_agency ON COMMIT DROP AS
         SELECT o.id AS old_id, n.id AS new_id FROM agency o JOIN agency n ON n.code = o.code AND n.region_id = $2
          WHERE o.region_id = $1`,
      params,
    );
    await db.query(
      `CREATE TEMP TABLE copied_user ON COMMIT DROP AS
         SELECT o.id AS old_id, n.id AS new_id FROM app_user o
           JOIN app_user n ON n.login = ($2 || substr(o.login, length($3) + 1))::citext
          WHERE o.region_id = $1`,
      [from, code, fromCode],
    );
    written.submission = await copyRows(
      db,
      'submission',
      { id: null, cycle_id: 'cc.new_id', agency_id: 'ca.new_id' },
      `JOIN copied_cycle cc ON cc.old_id = src.cycle_id JOIN copied_agency ca ON ca.old_id = src.agency_id`,
      [],
    );
    await db.query(
      `CREATE TEMP TABLE copied_submission ON COMMIT DROP AS
         SELECT o.id AS old_id, n.id AS new_id
           FROM submission o
           JOIN copied_cycle cc ON cc.old_id = o.cycle_id JOIN copied_agency ca ON ca.old_id = o.agency_id
           JOIN submission n ON n.cycle_id = cc.new_id AND n.agency_id = ca.new_id`,
    );
    // The body of a copied ranking keeps the first region's agency ids: nothing reads another region's ranking
    // here, only its size counts.
    for (const [table, set, from] of [
      [
        'submission_value',
        { submission_id: 'cs.new_id', updated_by: 'NULL' },
        'JOIN copied_submission cs ON cs.old_id = src.submission_id',
      ],
      [
        'score_snapshot',
        { cycle_id: 'cc.new_id', agency_id: 'ca.new_id', peer_group_id: 'NULL' },
        'JOIN copied_cycle cc ON cc.old_id = src.cycle_id JOIN copied_agency ca ON ca.old_id = src.agency_id',
      ],
      [
        'published_ranking',
        { cycle_id: 'cc.new_id', published_by: 'NULL' },
        'JOIN copied_cycle cc ON cc.old_id = src.cycle_id',
      ],
    ])
      written[table] = await copyRows(db, table, set, from, []);
    written.audit_entry = await copyRows(
      db,
      'audit_entry',
      {
        id: null,
        region_id: '$2',
        agency_id: 'ca.new_id',
        cycle_id: 'cc.new_id',
        user_id: 'coalesce(cu.new_id, src.user_id)',
        user_login: `CASE WHEN cu.new_id IS NULL THEN src.user_login ELSE $3 || substr(src.user_login, length($4) + 1) END`,
      },
      `LEFT JOIN copied_cycle cc ON cc.old_id = src.cycle_id LEFT JOIN copied_agency ca ON ca.old_id = src.agency_id
       LEFT JOIN copied_user cu ON cu.old_id = src.user_id
        WHERE src.region_id = $1 ORDER BY src.id`,
      [...params, code, fromCode],
    );
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
  return written;
}
