import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { HealthStore } from './health';

describe('HealthStore', () => {
  let store: HealthStore;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    store = TestBed.inject(HealthStore);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('says it is checking until the API answers, then that it is up', () => {
    store.refresh();
    expect(store.state()).toBe('checking');
    http.expectOne({ method: 'GET', url: '/api/health' }).flush({ status: 'ok' });
    expect(store.state()).toBe('ok');
  });

  it('says it is down when the API reports a problem, or does not answer', () => {
    store.refresh();
    http.expectOne('/api/health').flush({ status: 'error' });
    expect(store.state()).toBe('down');

    store.refresh();
    expect(store.state()).toBe('checking');
    http.expectOne('/api/health').error(new ProgressEvent('error'));
    expect(store.state()).toBe('down');
  });
});
