import type { FrameworkDocument, SubmissionStatus, ValueImportResult } from '@prgauge/contracts';
import { type CellValue, Workbook } from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { DataSource } from 'typeorm';
import { insertCycle, insertSubmission, SMALL_FRAMEWORK } from './cycle-fixtures';
import { type Caller, callerFor, type RegionFixture, seedRegions } from './fixtures';
import { multipartBody } from './multipart';
import { createTestApp, type TestApp } from './test-app';
import { SubmissionValue } from '../../src/app/submissions/submission-value.entity';
import { Submission } from '../../src/app/submissions/submission.entity';
import { AuditEntry } from '../../src/app/audit/audit-entry.entity';
import { Agency } from '../../src/app/agencies/agency.entity';

/** An open cycle of `framework` whose deadline is far ahead, with a submission per agency A, B, C in `states`. */
export async function openCycleWithSubmissions(
  testApp: TestApp,
  fx: RegionFixture,
  framework: FrameworkDocument,
  states: Partial<Record<'a' | 'b' | 'c', { status: SubmissionStatus; values: Record<string, number> }>> = {},
): Promise<{ cycleId: string; submissions: Record<'a' | 'b' | 'c', string> }> {
  const cycle = await insertCycle(testApp, {
    regionId: fx.region.id,
    name: 'Imported 2026',
    status: 'open',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    framework,
  });
  await testApp.app
    .get(DataSource)
    .query(`UPDATE cycle SET deadline = '2099-01-31T18:00:00Z' WHERE id = $1`, [cycle.id]);
  const submissions = {} as Record<'a' | 'b' | 'c', string>;
  for (const name of ['a', 'b', 'c'] as const) {
    const state = states[name] ?? { status: 'draft', values: {} };
    submissions[name] = (
      await insertSubmission(testApp, cycle.id, fx.agencies[name].id, state.status, state.values)
    ).id;
  }
  return { cycleId: cycle.id, submissions };
}

/** What every value-import spec opens with: the app, the regions, the signed-in director and an open cycle. */
export interface ImportScene {
  testApp: TestApp;
  fx: RegionFixture;
  director: Caller;
  cycleId: string;
  submissions: Record<'a' | 'b' | 'c', string>;
}

/**
 * One app for a spec file (`settings` as `createTestApp` takes them), its regions, the director signed in, and an
 * open cycle of `framework` with a submission per agency A, B, C in `states` (see openCycleWithSubmissions).
 */
export async function openImportScene(
  framework: FrameworkDocument,
  states: Parameters<typeof openCycleWithSubmissions>[3] = {},
  settings: Record<string, string> = {},
): Promise<ImportScene> {
  const testApp = await createTestApp(undefined, settings);
  const fx = await seedRegions(testApp);
  const director = await callerFor(testApp, fx.logins.director);
  const { cycleId, submissions } = await openCycleWithSubmissions(testApp, fx, framework, states);
  return { testApp, fx, director, cycleId, submissions };
}

/** Sends a file to the import with the form's fields. */
export function sendValues(
  caller: Caller,
  cycleId: string,
  file: { name: string; content: Buffer },
  fields: Record<string, string>,
): Promise<LightMyRequestResponse> {
  return caller({
    method: 'POST',
    url: `/api/cycles/${cycleId}/value-import`,
    ...multipartBody(fields, { ...file, type: 'application/octet-stream' }),
  });
}

/** A dry run, then the apply with its fingerprint and the ticked keys; both answers. */
export async function checkThenApply(
  caller: Caller,
  cycleId: string,
  file: { name: string; content: Buffer },
  overwrite: string[] = [],
): Promise<{ dryRun: ValueImportResult; apply: LightMyRequestResponse }> {
  const dry = await sendValues(caller, cycleId, file, { mode: 'dry_run' });
  if (dry.statusCode !== 201) throw new Error(`dry run: ${dry.statusCode} ${dry.body}`);
  const dryRun = dry.json() as ValueImportResult;
  const apply = await sendValues(caller, cycleId, file, {
    mode: 'apply',
    fingerprint: dryRun.fingerprint,
    overwrite: overwrite.join(','),
  });
  return { dryRun, apply };
}

/** The stored values of a submission, by indicator. */
export async function storedValues(
  testApp: TestApp,
  submissionId: string,
): Promise<Record<string, number | null>> {
  const rows = await testApp.app.get(DataSource).getRepository(SubmissionValue).findBy({ submissionId });
  return Object.fromEntries(rows.map((r) => [r.indicatorKey, r.value]));
}

/** The stored notes of a submission, by indicator (indicators without a note left out). */
export async function storedNotes(testApp: TestApp, submissionId: string): Promise<Record<string, string>> {
  const rows = await testApp.app.get(DataSource).getRepository(SubmissionValue).findBy({ submissionId });
  return Object.fromEntries(rows.flatMap((r) => (r.note === null ? [] : [[r.indicatorKey, r.note]])));
}

/** A submission's state and version. */
export async function submissionRow(
  testApp: TestApp,
  id: string,
): Promise<{ status: string; version: number }> {
  const row = await testApp.app.get(DataSource).getRepository(Submission).findOneByOrFail({ id });
  return { status: row.status, version: row.version };
}

/** The id and state of an agency's submission in a cycle; fails when it has none. */
export async function submissionOf(
  testApp: TestApp,
  cycleId: string,
  agencyId: string,
): Promise<{ id: string; status: string }> {
  const row = await testApp.app
    .get(DataSource)
    .getRepository(Submission)
    .findOneByOrFail({ cycleId, agencyId });
  return { id: row.id, status: row.status };
}

/** The audit entries of one action on a submission, oldest first: their field changes and reason. */
export async function auditedOn(
  testApp: TestApp,
  submissionId: string,
  action: string,
): Promise<{ changes: unknown; reason: string | null }[]> {
  const entries = await testApp.app
    .get(DataSource)
    .getRepository(AuditEntry)
    .find({ where: { entityId: submissionId, action }, order: { id: 'ASC' } });
  return entries.map((e) => ({ changes: e.changes, reason: e.reason }));
}

/** Adds an active agency to a region, as one registered after a cycle opened; returns its id. */
export async function addAgency(testApp: TestApp, regionId: string, code: string): Promise<string> {
  const agency = await testApp.app
    .get(DataSource)
    .getRepository(Agency)
    .save({
      regionId,
      code,
      name: { ru: `Ведомство ${code}`, en: `Agency ${code}` },
      peerGroupId: null,
      attributes: { prStaff: 1 },
      active: true,
    });
  return agency.id;
}

/** Retires an agency, so that later tests of the same region see only the agencies they set up. */
export async function retireAgency(testApp: TestApp, agencyId: string): Promise<void> {
  await testApp.app.get(DataSource).getRepository(Agency).update(agencyId, { active: false });
}

/**
 * A workbook of one sheet with these rows, as an XLSX file; `numFmt` gives cells (by address, `C2`) a number
 * format, as a person's typing does ("87,5%" is stored as 0.875 formatted `0.0%`).
 */
export async function workbookOf(
  rows: CellValue[][],
  sheetName = 'Data',
  numFmt: Record<string, string> = {},
): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRows(rows);
  for (const [address, format] of Object.entries(numFmt)) sheet.getCell(address).numFmt = format;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** SMALL_FRAMEWORK with a yes/no leaf agencies fill and a computed one. */
export const IMPORT_FRAMEWORK: FrameworkDocument = structuredClone(SMALL_FRAMEWORK);
IMPORT_FRAMEWORK.indicators[1].children?.push(
  {
    key: 'web.live',
    name: { ru: 'Прямые эфиры', en: 'Live broadcasts' },
    weight: 1,
    measure: { type: 'boolean' },
    source: 'agency',
    evidenceRequired: false,
  },
  {
    key: 'web.hours',
    name: { ru: 'Часы обучения', en: 'Training hours' },
    weight: 1,
    measure: { type: 'number' },
    source: 'computed',
    evidenceRequired: false,
  },
);

/** A dry run of a file, which must be answered 201: its result. */
export async function dryRun(
  caller: Caller,
  cycleId: string,
  name: string,
  content: Buffer,
): Promise<ValueImportResult> {
  const response = await sendValues(caller, cycleId, { name, content }, { mode: 'dry_run' });
  expect(response.statusCode).toBe(201);
  return response.json() as ValueImportResult;
}
