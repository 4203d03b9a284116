import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, signal, type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { ContestView, SessionUser } from '@prgauge/contracts';
import { ContestsApi, ContestStore } from '@prgauge/dashboard-contests-data-access';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { ApplyPage } from './apply/apply-page';
import { ContestPage } from './contest/contest-page';

/** An announced contest of one region, whose applications are open. */
const contest = {
  id: 'k1',
  name: { ru: 'Лучший пресс-секретарь' },
  year: 2026,
  regionIds: ['r1'],
  nominations: [],
  dateChanges: [],
  phase: 'applications_open',
  timeZone: 'Asia/Almaty',
} as unknown as ContestView;
const director = { id: 'u1', login: 'dir', role: 'director', regionId: 'r1', agencyId: null } as SessionUser;
const unreachable = new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' });
const UNREACHABLE = 'Сервер недоступен';

/** `page` of contest k1 on screen for a director, with the contest and the lists answered by `apis`. */
async function render<T extends { contestId: unknown }>(
  page: Type<T>,
  apis: { contests?: object; organisation?: object },
) {
  localStorage.setItem('prgauge.locale', 'ru');
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideNoopAnimations(),
      provideRouter([]),
      ContestStore,
      {
        provide: SessionStore,
        useValue: {
          user: signal(director),
          ready: signal(true),
          signedIn: signal(true),
          can: () => true,
          canPersonally: () => false,
        },
      },
      { provide: ContestsApi, useValue: { contest: async () => contest, ...apis.contests } },
      { provide: OrganisationApi, useValue: apis.organisation ?? {} },
    ],
  });
  const fixture = TestBed.createComponent(page);
  fixture.componentRef.setInput('contestId', 'k1');
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const alert = () => element.querySelector('pr-read-failed [role=alert]');
  const retry = async () => {
    alert()?.querySelector('button')?.click();
    await fixture.whenStable();
  };
  return { alert, retry };
}

// The first test compiles Material's components, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('contest lists that could not be read', () => {
  beforeEach(() => localStorage.clear());

  it("the application form says why the region's agencies could not be read, and reads them again", async () => {
    const regionAgencies = jest.fn().mockRejectedValueOnce(unreachable).mockResolvedValue([]);
    const { alert, retry } = await render(ApplyPage, { organisation: { regionAgencies } });
    expect(alert()?.textContent).toContain(UNREACHABLE);
    await retry();
    expect(regionAgencies).toHaveBeenCalledTimes(2);
    expect(alert()).toBeNull();
  });

  it('the contest page says why the regions it runs in could not be named, and reads them again', async () => {
    const regions = jest
      .fn()
      .mockRejectedValueOnce(unreachable)
      .mockResolvedValue([{ id: 'r1', name: { ru: 'Жетісу' } }]);
    const { alert, retry } = await render(ContestPage, {
      contests: { regions, results: async () => null },
    });
    expect(alert()?.textContent).toContain(UNREACHABLE);
    await retry();
    expect(regions).toHaveBeenCalledTimes(2);
    expect(alert()).toBeNull();
  });
});
