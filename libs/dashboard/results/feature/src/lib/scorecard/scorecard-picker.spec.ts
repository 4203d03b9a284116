import { HttpErrorResponse } from '@angular/common/http';
import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { SessionUser } from '@prgauge/contracts';
import { ResultsApi } from '@prgauge/dashboard-results-data-access';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { ScorecardPicker } from './scorecard-picker';

const editor = {
  id: 'u1',
  login: 'ed',
  role: 'agency_editor',
  regionId: 'r1',
  agencyId: 'a1',
} as SessionUser;

describe('ScorecardPicker', () => {
  it("says why an editor's latest cycle could not be read, and reads it again when asked", async () => {
    localStorage.setItem('prgauge.locale', 'ru');
    const cycles = jest
      .fn()
      .mockRejectedValueOnce(new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' }))
      .mockResolvedValue([]);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([]),
        { provide: SessionStore, useValue: { user: signal(editor) } },
        { provide: ResultsApi, useValue: { cycles } },
      ],
    });
    const fixture = TestBed.createComponent(ScorecardPicker);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const alert = element.querySelector('pr-read-failed [role=alert]');
    expect(alert?.textContent).toContain('Сервер недоступен');

    alert?.querySelector('button')?.click();
    await fixture.whenStable();
    expect(cycles).toHaveBeenCalledTimes(2);
    expect(element.querySelector('pr-read-failed')).toBeNull();
  });
});
