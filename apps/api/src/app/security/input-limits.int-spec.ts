import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { SMALL_FRAMEWORK } from '../../../test/support/cycle-fixtures';
import { Caller, callerFor, RegionFixture } from '../../../test/support/fixtures';
import { seedRouteVictim } from '../../../test/support/route-victim';
import { createTestApp, TestApp } from '../../../test/support/test-app';

/** Status, code and the fields named with their problem codes: what a client acts on. */
function refusal(response: LightMyRequestResponse) {
  const body = response.json() as { code?: string; details?: { field: string; code: string }[] };
  return [response.statusCode, body.code, (body.details ?? []).map((d) => [d.field, d.code])];
}

/** Input that once made the API fail with 500 now gets a 4xx naming what is wrong. */
describe('limits on input', () => {
  let testApp: TestApp;
  let fx: RegionFixture;
  let params: Record<string, string>;
  let director: Caller;
  let anonymous: Caller;

  beforeAll(async () => {
    testApp = await createTestApp();
    ({ fx, params } = await seedRouteVictim(testApp));
    director = await callerFor(testApp, 'director');
    anonymous = (options: InjectOptions) => testApp.request(options);
  });
  afterAll(() => testApp.close());

  const rawJson = (caller: Caller, url: string, payload: string, method: 'POST' | 'PATCH' = 'POST') =>
    caller({ method, url, payload, headers: { 'content-type': 'application/json' } });
  /** An agency body whose name is an array nested so that the whole body is `levels` deep. */
  const nestedName = (levels: number) =>
    `{"code":"DEEP","name":${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}}`;

  it('refuses JSON nested more than 32 levels deep with 400, and reads 32 levels', async () => {
    expect(refusal(await rawJson(director, '/api/agencies', nestedName(5000)))).toEqual([
      400,
      'request.too_deep',
      [],
    ]);
    expect(refusal(await rawJson(director, '/api/agencies', nestedName(33)))).toEqual([
      400,
      'request.too_deep',
      [],
    ]);
    expect(refusal(await rawJson(director, '/api/agencies', nestedName(32)))).toEqual([
      400,
      'request.invalid',
      [['name', 'field.type']],
    ]);
    const bracketsInText = `{"code":"DEEP","name":{"ru":"${'['.repeat(5000)}"}}`;
    expect(refusal(await rawJson(director, '/api/agencies', bracketsInText))).toEqual([
      400,
      'request.invalid',
      [['name', 'field.invalid']],
    ]);
  });

  it('refuses JSON bodies over 2 MB with 413', async () => {
    const big = JSON.stringify({ code: 'BIG', name: { ru: 'x'.repeat(2_200_000) } });
    expect(refusal(await rawJson(director, '/api/agencies', big))).toEqual([413, 'request.too_large', []]);
  });

  it('refuses a body that is an array, a text or null where fields are expected', async () => {
    for (const payload of ['[]', '"agency"', 'null', '42'])
      expect([payload, ...refusal(await rawJson(director, '/api/agencies', payload))]).toEqual([
        payload,
        400,
        'request.not_an_object',
        [],
      ]);
  });

  it('refuses a file sent where a JSON body is read with 415, and takes it where files are read', async () => {
    for (const type of ['text/plain', 'text/csv'])
      expect([
        type,
        ...refusal(
          await director({
            method: 'POST',
            url: '/api/agencies',
            payload: '{"code":"PLAIN","name":{"ru":"Текст"}}',
            headers: { 'content-type': type },
          }),
        ),
      ]).toEqual([type, 415, 'request.unsupported_media_type', []]);
    const file = await director({
      method: 'POST',
      url: '/api/agencies/import?dryRun=true',
      payload: 'code,name_ru\nPLAIN,Текст\n',
      headers: { 'content-type': 'text/csv' },
    });
    expect(file.statusCode).toBe(201);
  });

  it('refuses text with a null character or a lone surrogate, naming the field, on every kind of route', async () => {
    const cases: [Caller, InjectOptions, string][] = [
      [
        director,
        { method: 'POST', url: '/api/agencies', payload: { code: 'N', name: { ru: 'a\u0000b' } } },
        'name.ru',
      ],
      [
        director,
        {
          method: 'PATCH',
          url: `/api/cycles/${params['cycleId']}`,
          payload: { version: 1, name: 'x\ud800' },
        },
        'name',
      ],
      [
        anonymous,
        {
          method: 'POST',
          url: `/api/public/contests/${params['contestId']}/voters`,
          payload: {
            login: 'nul.voter',
            password: 'long enough password',
            displayName: 'Voter',
            outlet: 'Zhetysu\u0000',
            mediaRole: 'blogger',
            workLink: 'https://example.org/post',
            personalDataConsent: true,
          },
        },
        'outlet',
      ],
      [
        anonymous,
        {
          method: 'POST',
          url: `/api/public/contests/${params['contestId']}/applications`,
          payload: {
            candidateName: 'Candidate',
            candidatePosition: 'Press secretary',
            candidateOrganisation: 'Agency B',
            nominationIds: [params['nominationId']],
            projectTitle: 'Project',
            description: 'A project with a broken e-mail address.',
            contactEmail: 'a\udc00@example.org',
            personalDataConsent: true,
          },
        },
        'contactEmail',
      ],
      [director, { method: 'GET', url: '/api/agencies?search=a%00b' }, 'search'],
    ];
    for (const [caller, options, field] of cases)
      expect([options.url, ...refusal(await caller(options))]).toEqual([
        options.url,
        400,
        'request.text_not_well_formed',
        [[field, 'field.control_characters']],
      ]);
    const juror = await callerFor(testApp, 'juror');
    const sheet = await juror({
      method: 'PUT',
      url: `/api/nominations/${params['nominationId']}/applications/${params['applicationId']}/score-sheet`,
      payload: { scores: { ['quality\u0000']: 5 } },
    });
    expect(refusal(sheet)).toEqual([
      400,
      'request.text_not_well_formed',
      [['scores.quality\u0000', 'field.control_characters']],
    ]);
  });

  it('refuses an explicit null for a field that always holds a value, naming it as required', async () => {
    const cases: [string, string, Record<string, unknown>, string][] = [
      ['PATCH', `/api/agencies/${fx.agencies.a.id}`, { version: 1, attributes: null }, 'attributes'],
      ['PATCH', `/api/training/topics/${params['topicId']}`, { active: null }, 'active'],
      ['PATCH', `/api/cycles/${params['cycleId']}`, { version: 1, name: null }, 'name'],
      ['PATCH', `/api/contests/${params['contestId']}`, { version: 1, title: null }, 'title'],
      ['PATCH', `/api/nominations/${params['nominationId']}`, { version: 1, places: null }, 'places'],
      ['PATCH', `/api/users/${params['userId']}`, { version: 1, displayName: null }, 'displayName'],
      [
        'PATCH',
        `/api/training/events/${params['eventId']}`,
        { version: 1, plannedHours: null },
        'plannedHours',
      ],
      ['POST', '/api/agencies', { code: null, name: { en: 'Nameless' } }, 'code'],
    ];
    for (const [method, url, payload, field] of cases)
      expect([url, ...refusal(await director({ method: method as 'POST', url, payload }))]).toEqual([
        url,
        400,
        'request.invalid',
        [[field, 'field.required']],
      ]);
  });

  it('clears a field that may be empty when it is sent as null', async () => {
    const cleared = await director({
      method: 'PATCH',
      url: `/api/agencies/${fx.agencies.a.id}`,
      payload: { version: 1, peerGroupId: null },
    });
    expect([cleared.statusCode, cleared.json().peerGroupId]).toEqual([200, null]);
  });

  it('refuses numbers beyond each field’s range: 1e300 is no value, version, attribute, weight or prize', async () => {
    const cases: [string, string, Record<string, unknown>, string, [string, string][]][] = [
      [
        'PUT',
        `/api/submissions/${params['submissionId']}/values`,
        { version: 1, values: [{ indicator: 'media.releases', value: 1e300 }] },
        'submission.values_invalid',
        [['values[0].value', 'field.too_large']],
      ],
      [
        'PATCH',
        `/api/agencies/${fx.agencies.b.id}`,
        { version: 1e300, active: false },
        'request.invalid',
        [['version', 'field.too_large']],
      ],
      [
        'PATCH',
        `/api/agencies/${fx.agencies.b.id}`,
        { version: 1, attributes: { prStaff: 1e300 } },
        'request.invalid',
        [['attributes', 'field.invalid']],
      ],
      [
        'PUT',
        `/api/cycles/${params['cycleId']}/framework`,
        {
          version: 1,
          framework: {
            ...SMALL_FRAMEWORK,
            indicators: [{ ...SMALL_FRAMEWORK.indicators[0], weight: 1e300 }],
          },
        },
        'framework.invalid',
        [['framework.indicators[0].weight', 'field.invalid']],
      ],
      [
        'POST',
        `/api/contests/${params['contestId']}/nominations`,
        { name: { en: 'Rich' }, scoringMode: 'vote', prizeAmount: 1e300, prizeCurrency: 'KZT' },
        'request.invalid',
        [['prizeAmount', 'field.too_large']],
      ],
    ];
    for (const [method, url, payload, code, details] of cases)
      expect([url, ...refusal(await director({ method: method as 'POST', url, payload }))]).toEqual([
        url,
        400,
        code,
        details,
      ]);
  });

  it('checks ids and numbers given in the path and the query string, naming the parameter', async () => {
    const admin = await callerFor(testApp, 'admin');
    expect(refusal(await admin({ method: 'GET', url: '/api/cycles?regionId=north' }))).toEqual([
      400,
      'request.invalid',
      [['regionId', 'field.format']],
    ]);
    expect(refusal(await director({ method: 'GET', url: '/api/cycles/north/framework' }))).toEqual([
      400,
      'request.invalid',
      [['cycleId', 'field.format']],
    ]);
    expect(refusal(await director({ method: 'GET', url: '/api/audit?limit=1e300' }))).toEqual([
      400,
      'request.invalid',
      [['limit', 'field.too_large']],
    ]);
  });
});
