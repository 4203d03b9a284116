import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { LocaleStore, RefusalText } from '@prgauge/dashboard-shared-i18n';
import { apiProblemOf } from './api-problem';

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new HttpErrorResponse({ status, error: body, headers: new HttpHeaders(headers) });

describe('apiProblemOf', () => {
  it('reads the code, params and field problems, and drops the API’s English', () => {
    const problem = apiProblemOf(
      answer(400, {
        statusCode: 400,
        code: 'request.invalid',
        params: { note: 'x', nested: { no: 1 }, count: 2, wrong: Number.NaN },
        message: 'Some fields are invalid',
        details: [
          { field: 'title', code: 'field.too_long', params: { max: 200 }, problems: ['must be shorter'] },
          { field: 'year', code: 'field.from_the_future', problems: ['is odd'] },
        ],
      }),
    );
    expect(problem).toEqual({
      status: 400,
      code: 'request.invalid',
      params: { note: 'x', count: 2 },
      details: [
        { field: 'title', code: 'field.too_long', params: { max: 200 } },
        { field: 'year', code: 'field.invalid', params: {} },
      ],
      current: undefined,
    });
    expect(problem).not.toHaveProperty('message');
  });

  it('reads an unknown code, or none, as the code of its status', () => {
    expect(apiProblemOf(answer(409, { code: 'cycle.from_a_newer_api' })).code).toBe('record.conflict');
    expect(apiProblemOf(answer(404, '<html>Not Found</html>')).code).toBe('record.not_found');
    expect(apiProblemOf(answer(502, '<html>Bad Gateway</html>')).code).toBe('service.unavailable');
    expect(apiProblemOf(answer(418, null)).code).toBe('request.invalid');
    expect(apiProblemOf(answer(500, null)).code).toBe('server.error');
  });

  it('takes the request to quote from the header when the body does not name it', () => {
    expect(apiProblemOf(answer(500, {}, { 'x-request-id': 'req-7' })).params).toEqual({ requestId: 'req-7' });
    expect(
      apiProblemOf(
        answer(500, { code: 'server.error', params: { requestId: 'req-1' } }, { 'x-request-id': 'req-2' }),
      ).params,
    ).toEqual({ requestId: 'req-1' });
    expect(apiProblemOf(answer(409, {}, { 'x-request-id': 'req-3' })).params).toEqual({});
  });

  it('reads an answer wrapped as the cause of another error', () => {
    const wrapped = new Error('Resource is currently in an error state', {
      cause: answer(404, { code: 'record.gone' }),
    });
    expect(apiProblemOf(wrapped)).toMatchObject({ status: 404, code: 'record.gone' });
  });

  it('reads a network failure, or anything thrown that is not an answer, as status 0', () => {
    expect(apiProblemOf(new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' }))).toEqual({
      status: 0,
      code: 'server.error',
      params: {},
      details: [],
    });
    expect(apiProblemOf(new TypeError('Failed to fetch')).status).toBe(0);
  });
});

describe('a refusal read from an answer and worded', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
    TestBed.inject(LocaleStore).use('en');
  });

  it('words an unknown code as its status, and a network failure as such', () => {
    const texts = TestBed.inject(RefusalText);
    expect(
      texts.lines(apiProblemOf(answer(409, { code: 'cycle.from_a_newer_api', message: 'Cannot close' }))),
    ).toEqual(['This conflicts with the record as it stands now']);
    expect(texts.summary(apiProblemOf(answer(500, null, { 'x-request-id': 'req-7' })))).toBe(
      'Something went wrong on our side; quote request req-7 when reporting it',
    );
    expect(texts.summary(apiProblemOf(new HttpErrorResponse({ status: 0 })))).toBe(
      'The server cannot be reached. Check your connection and try again.',
    );
  });
});
