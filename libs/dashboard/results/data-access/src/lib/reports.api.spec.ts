import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ReportsApi } from './reports.api';

describe('ReportsApi', () => {
  let api: ReportsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ReportsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('queues the scorecard batch with the letters’ number and date, so they are not printed as drafts', async () => {
    const started = api.scorecardBatch('c1', { lang: 'fa', letterNo: '۱۲/۳', letterDate: '2026-12-01' });
    const request = http.expectOne((r) => r.url === '/api/cycles/c1/scorecard-batch');
    expect(request.request.method).toBe('POST');
    const params = request.request.params;
    expect(params.keys().map((key) => [key, params.get(key)])).toEqual([
      ['lang', 'fa'],
      ['letterNo', '۱۲/۳'],
      ['letterDate', '2026-12-01'],
    ]);
    request.flush({ jobId: 'j1' });
    await expect(started).resolves.toEqual({ jobId: 'j1' });
  });

  it('leaves out a letter number and date that were not given', async () => {
    const started = api.scorecardBatch('c1', { lang: 'ru' });
    const request = http.expectOne((r) => r.url === '/api/cycles/c1/scorecard-batch');
    expect(request.request.params.keys()).toEqual(['lang']);
    request.flush({ jobId: 'j2' });
    await expect(started).resolves.toEqual({ jobId: 'j2' });
  });
});
