import { DataSource } from 'typeorm';
import { callerFor, type Caller, type RegionFixture, seedRegions } from '../../../test/support/fixtures';
import { createTestApp, type TestApp } from '../../../test/support/test-app';
import { AuditEntry } from '../audit/audit-entry.entity';

/** The smallest valid PNG: a PNG signature and a 1×1 image. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe("a region's letterhead", () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let director: Caller;
  let url: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    url = `/api/regions/${fx.region.id}/letterhead`;
  });
  afterAll(() => testApp.close());

  const put = (payload: object) => director({ method: 'PUT', url, payload });

  it("answers the region's own name before a letterhead is saved", async () => {
    const response = await director({ method: 'GET', url });
    expect(response.json()).toEqual({
      regionId: fx.region.id,
      name: { ru: 'Северная область', en: 'North' },
      address: {},
      emblem: null,
      version: 0,
    });
  });

  it('saves names, address and emblem with a version, audits it, and refuses a stale version with the current one', async () => {
    const body = {
      name: { fa: 'ادارهٔ کل روابط عمومی', ru: 'Управление' },
      address: { fa: 'بیرجند' },
      emblem: { mediaType: 'image/png', base64: PNG.toString('base64') },
      version: 0,
    };
    const saved = await put(body);
    expect([saved.statusCode, saved.json().version, saved.json().emblem]).toEqual([200, 1, body.emblem]);
    const stale = await put({ ...body, name: { ru: 'Другое' } });
    expect([stale.statusCode, stale.json().code, stale.json().current.name]).toEqual([
      409,
      'record.stale_version',
      body.name,
    ]);
    const again = await put({ name: { ru: 'Управление' }, version: 1 });
    expect([again.json().version, again.json().emblem, again.json().address]).toEqual([2, null, {}]);
    const audit = await testApp.app
      .get(DataSource)
      .getRepository(AuditEntry)
      .find({ where: { entity: 'region_letterhead', entityId: fx.region.id }, order: { id: 'ASC' } });
    expect(audit.map((entry) => entry.changes.map((c) => c.field))).toEqual([
      ['name', 'address', 'emblem'],
      ['name', 'address', 'emblem'],
    ]);
  });

  it('refuses an emblem that is not the image it claims, or too large, naming the field', async () => {
    const current = (await director({ method: 'GET', url })).json().version as number;
    const fake = await put({
      name: { ru: 'У' },
      emblem: { mediaType: 'image/png', base64: Buffer.from('<html>').toString('base64') },
      version: current,
    });
    expect([fake.statusCode, fake.json().details[0]]).toEqual([
      400,
      expect.objectContaining({ field: 'emblem.mediaType', code: 'letterhead.emblem_type' }),
    ]);
    const huge = Buffer.concat([PNG, Buffer.alloc(300_001)]);
    const large = await put({
      name: { ru: 'У' },
      emblem: { mediaType: 'image/png', base64: huge.toString('base64') },
      version: current,
    });
    expect([large.statusCode, large.json().details[0]]).toEqual([
      400,
      expect.objectContaining({
        field: 'emblem.base64',
        code: 'letterhead.emblem_too_large',
        params: { max: 300000 },
      }),
    ]);
  });

  it('refuses an SVG emblem with a script, an event handler or an external reference, and names what a mislabelled file is', async () => {
    const current = (await director({ method: 'GET', url })).json().version as number;
    const svg = (body: string) => ({
      name: { ru: 'У' },
      emblem: {
        mediaType: 'image/svg+xml',
        base64: Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>`).toString('base64'),
      },
      version: current,
    });
    for (const body of [
      '<script>alert(1)</script>',
      '<rect onload="alert(1)"/>',
      '<image href="https://example.org/x.png"/>',
      '<style>@import url(https://example.org/x.css);</style>',
    ]) {
      const unsafe = await put(svg(body));
      expect([unsafe.statusCode, unsafe.json().details[0]]).toEqual([
        400,
        expect.objectContaining({ field: 'emblem.base64', code: 'letterhead.emblem_unsafe' }),
      ]);
    }
    expect((await put(svg('<circle r="4" fill="url(#g)"/>'))).statusCode).toBe(200);
    const mislabelled = await put({
      name: { ru: 'У' },
      emblem: { mediaType: 'image/jpeg', base64: PNG.toString('base64') },
      version: current + 1,
    });
    expect([mislabelled.statusCode, mislabelled.json().details[0]]).toEqual([
      400,
      expect.objectContaining({
        field: 'emblem.mediaType',
        code: 'letterhead.emblem_mismatch',
        params: { declared: 'JPEG', actual: 'PNG' },
      }),
    ]);
  });

  it("keeps another region's director and the region's evaluators out", async () => {
    const foreign = await callerFor(testApp, fx.logins.foreignDirector);
    const evaluator = await callerFor(testApp, fx.logins.evaluator);
    expect((await foreign({ method: 'GET', url })).statusCode).toBe(404);
    expect(
      (await evaluator({ method: 'PUT', url, payload: { name: { ru: 'X' }, version: 0 } })).statusCode,
    ).toBe(403);
  });
});
