import type { AgencyImportResult, AgencyView } from '@prgauge/contracts';
import { Workbook } from 'exceljs';
import { Caller, callerFor, RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { multipartBody } from '../../../test/support/multipart';
import { itemsOf } from '../../../test/support/pages';
import { createTestApp, TestApp } from '../../../test/support/test-app';

describe('agencies from an XLSX workbook, and retiring and restoring them', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let southDirector: Caller;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    southDirector = await callerFor(testApp, fx.logins.foreignDirector);
  });
  afterAll(() => testApp.close());

  const workbookOf = async (rows: unknown[][]) => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Agencies');
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };
  const upload = (caller: Caller, content: Buffer, query: string) => {
    const form = multipartBody({}, { name: 'agencies.xlsx', content });
    return caller({
      method: 'POST',
      url: `/api/agencies/import${query}`,
      payload: form.payload,
      headers: form.headers,
    });
  };
  const codes = async (caller: Caller) =>
    itemsOf<AgencyView>(await caller({ method: 'GET', url: '/api/agencies?limit=100' })).map((a) => a.code);

  it('names each problem by the sheet’s own row and column, and saves nothing', async () => {
    const content = await workbookOf([
      ['code', 'name_ru', 'name_fa', 'peer_group', 'pr_staff'],
      ['X1', 'Первое', 'اول', 'health', 3],
      ['X2', '', '', 'health', 2],
      ['X3', 'Третье', '', 'sport', 'many'],
    ]);
    const refused = await upload(director, content, '?dryRun=true');
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'import.rows_invalid', params: { count: 2 } });
    expect(
      (refused.json().details as { field: string; code: string }[]).map((d) => [d.field, d.code]),
    ).toEqual([
      ['row 3, name', 'field.required'],
      ['row 4, pr_staff', 'field.type'],
    ]);
    expect(await codes(director)).toEqual(['A', 'B', 'C']);
  });

  it('previews a clean workbook with a dry run, then creates every row in the director’s own region', async () => {
    const content = await workbookOf([
      ['code', 'name_ru', 'name_fa', 'peer_group', 'pr_staff'],
      ['X1', 'Первое', 'اول', 'health', 3],
      [
        'X2',
        'Второе',
        { richText: [{ text: 'دو' }, { text: 'م' }] },
        'education',
        { formula: '1+1', result: 2 },
      ],
    ]);
    // Naming another region is refused, never imported into the director's own under the other's name.
    for (const query of [`?dryRun=true&regionId=${fx.otherRegion.id}`, `?regionId=${fx.otherRegion.id}`]) {
      const foreign = await upload(director, content, query);
      expect([foreign.statusCode, foreign.json().params]).toEqual([404, { record: 'region' }]);
    }
    expect(await codes(southDirector)).not.toContain('X1');
    const preview = await upload(director, content, '?dryRun=true');
    const previewed = preview.json() as AgencyImportResult;
    expect([preview.statusCode, previewed.created]).toEqual([201, 0]);
    expect(previewed.agencies.map((a) => [a.code, a.name, a.attributes])).toEqual([
      ['X1', { ru: 'Первое', fa: 'اول' }, { prStaff: 3 }],
      ['X2', { ru: 'Второе', fa: 'دوم' }, { prStaff: 2 }],
    ]);
    expect(await codes(director)).toEqual(['A', 'B', 'C']);

    const saved = await upload(director, content, `?regionId=${fx.region.id}`);
    expect([saved.statusCode, (saved.json() as AgencyImportResult).created]).toEqual([201, 2]);
    expect(await codes(director)).toEqual(['A', 'B', 'C', 'X1', 'X2']);
    expect(await codes(southDirector)).not.toContain('X1');
  });

  it('retires an agency and restores it, each change in the audit trail, and hides them from another region', async () => {
    const url = `/api/agencies/${fx.agencies.c.id}`;
    const before = (await director({ method: 'GET', url })).json() as AgencyView;
    const foreign = await southDirector({
      method: 'PATCH',
      url,
      payload: { version: before.version, active: false },
    });
    expect([foreign.statusCode, foreign.json().code]).toEqual([404, 'record.not_found']);

    const retired = await director({
      method: 'PATCH',
      url,
      payload: { version: before.version, active: false },
    });
    expect(retired.json()).toMatchObject({ active: false, version: before.version + 1 });
    const active = itemsOf<AgencyView>(
      await director({ method: 'GET', url: '/api/agencies?active=true&limit=100' }),
    );
    expect(active.map((a) => a.code)).not.toContain('C');
    const restored = await director({
      method: 'PATCH',
      url,
      payload: { version: before.version + 1, active: true },
    });
    expect(restored.json()).toMatchObject({ active: true, version: before.version + 2 });

    const trail = itemsOf<{ changes: { field: string; old: unknown; new: unknown }[] }>(
      await director({ method: 'GET', url: `/api/audit?agencyId=${fx.agencies.c.id}&action=agency.update` }),
    );
    expect(trail.map((entry) => entry.changes)).toEqual([
      [{ field: 'active', old: false, new: true }],
      [{ field: 'active', old: true, new: false }],
    ]);
  });
});
