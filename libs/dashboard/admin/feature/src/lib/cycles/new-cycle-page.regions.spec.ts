import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { SessionUser } from '@prgauge/contracts';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { NewCyclePage } from './new-cycle-page';

/** A national admin, who picks the region: the new cycle then lists every region. */
const admin = { id: 'u', login: 'admin', role: 'admin', regionId: null, agencyId: null } as SessionUser;

// The first test compiles Material's components, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('NewCyclePage', () => {
  it('says why the regions could not be read, and reads them again when asked', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        provideRouter([]),
        { provide: SessionStore, useValue: { user: signal(admin), signedIn: signal(true) } },
      ],
    });
    const fixture = TestBed.createComponent(NewCyclePage);
    const http = TestBed.inject(HttpTestingController);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    };
    await settle();
    http
      .expectOne('/api/regions')
      .flush({ code: 'service.unavailable', params: {} }, { status: 503, statusText: 'Unavailable' });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const alert = element.querySelector('pr-read-failed [role=alert]');
    expect(alert?.textContent).toContain('Сервис недоступен; повторите попытку чуть позже');

    alert?.querySelector('button')?.click();
    await settle();
    http.expectOne('/api/regions').flush([{ id: 'r1', name: { ru: 'Жетісу' } }]);
    await settle();
    expect(element.querySelector('pr-read-failed')).toBeNull();
  });

  it("says why the region's cycles could not be read, rather than offering none to copy", async () => {
    const director = {
      id: 'u2',
      login: 'dir',
      role: 'director',
      regionId: 'r1',
      agencyId: null,
    } as SessionUser;
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        provideRouter([]),
        { provide: SessionStore, useValue: { user: signal(director), signedIn: signal(true) } },
      ],
    });
    const fixture = TestBed.createComponent(NewCyclePage);
    const http = TestBed.inject(HttpTestingController);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    };
    await settle();
    const cycles = (r: { url: string }) => r.url === '/api/cycles';
    http
      .expectOne(cycles)
      .flush({ code: 'service.unavailable', params: {} }, { status: 503, statusText: 'Unavailable' });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const alert = element.querySelector('pr-read-failed [role=alert]');
    expect(alert?.textContent).toContain('Сервис недоступен; повторите попытку чуть позже');

    alert?.querySelector('button')?.click();
    await settle();
    http.expectOne(cycles).flush({ items: [], total: 0, totalIsLowerBound: false, limit: 200, offset: 0 });
    await settle();
    expect(element.querySelector('pr-read-failed')).toBeNull();
  });
});
