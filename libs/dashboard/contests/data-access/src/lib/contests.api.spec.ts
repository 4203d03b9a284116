import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { FileApplicationRequest } from '@prgauge/contracts';
import { ContestsApi } from './contests.api';

const application: FileApplicationRequest = {
  candidateName: 'Aigerim Sadykova',
  candidatePosition: 'Press secretary',
  candidateOrganisation: 'Health department',
  filedBy: 'candidate',
  nominationIds: ['n1'],
  projectTitle: 'Open doors',
  description: 'A year of open briefings.',
};

describe('ContestsApi', () => {
  let api: ContestsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ContestsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('files a candidate’s own application on the public route and an organisation’s on the signed-in one', async () => {
    const { filedBy, ...own } = application;
    expect(filedBy).toBe('candidate');
    const mine = api.applyAsCandidate('c1', { ...own, contactEmail: 'a@example.kz' });
    const publicRequest = http.expectOne({ method: 'POST', url: '/api/public/contests/c1/applications' });
    expect(publicRequest.request.body.contactEmail).toBe('a@example.kz');
    publicRequest.flush({ application: { id: 'a1' }, uploadToken: 't' });
    await expect(mine).resolves.toEqual({ application: { id: 'a1' }, uploadToken: 't' });

    const theirs = api.fileApplication('c1', { ...application, filedBy: 'organisation' });
    const request = http.expectOne({ method: 'POST', url: '/api/contests/c1/applications' });
    expect(request.request.body.filedBy).toBe('organisation');
    request.flush({ id: 'a2' });
    await expect(theirs).resolves.toEqual({ id: 'a2' });
  });

  it('attaches a file to an application filed without an account with its upload token', () => {
    api.attach('a1', new File(['x'], 'plan.pdf'), 'secret').subscribe();
    const request = http.expectOne('/api/public/contest-applications/a1/attachments');
    expect(request.request.headers.get('x-upload-token')).toBe('secret');
    request.flush({ id: 'a1' });
  });

  it('casts a vote for one application of a nomination, answered with the vote', async () => {
    const vote = api.vote('n1', 'a1');
    const request = http.expectOne({ method: 'POST', url: '/api/nominations/n1/votes' });
    expect(request.request.body).toEqual({ applicationId: 'a1' });
    request.flush({ nominationId: 'n1', applicationId: 'a1' });
    await expect(vote).resolves.toEqual({ nominationId: 'n1', applicationId: 'a1' });
  });

  it('reports upload progress and then the application with its file', () => {
    const events: unknown[] = [];
    api.attach('a1', new File(['x'], 'plan.pdf')).subscribe((e) => events.push(e));
    const request = http.expectOne('/api/contest-applications/a1/attachments');
    expect(request.request.body).toBeInstanceOf(FormData);
    request.event({ type: 1, loaded: 5, total: 10 });
    request.flush({ id: 'a1' });
    expect(events).toEqual([{ progress: 0.5 }, { done: { id: 'a1' } }]);
  });
});
