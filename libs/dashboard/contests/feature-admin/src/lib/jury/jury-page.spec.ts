import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { AccountView, ContestView } from '@prgauge/contracts';
import { ContestsAdminApi } from '@prgauge/dashboard-contests-data-access';
import { JuryPage } from './jury-page';

/** Only what the page reads of a contest: one nomination that the jury scores. */
const contest = {
  id: 'k1',
  name: { ru: 'Лучший пресс-секретарь' },
  regionIds: ['r1'],
  nominations: [{ id: 'n1', name: { ru: 'Госорганы' }, scoringMode: 'jury' }],
} as unknown as ContestView;
const juror = { id: 'u1', name: 'Алия Жунусова', active: true } as AccountView;
const forbidden = new HttpErrorResponse({
  status: 403,
  statusText: 'Forbidden',
  error: { code: 'auth.forbidden', params: {} },
});

describe('JuryPage', () => {
  it('says why the juror accounts could not be read, and reads them again when asked', async () => {
    const jurorAccounts = jest.fn().mockRejectedValueOnce(forbidden).mockResolvedValue([juror]);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        provideRouter([]),
        {
          provide: ContestsAdminApi,
          useValue: { contest: async () => contest, juryProgress: async () => [], jurorAccounts },
        },
      ],
    });
    const page = TestBed.createComponent(JuryPage);
    page.componentRef.setInput('contestId', 'k1');
    await page.whenStable();
    const element = page.nativeElement as HTMLElement;
    const alert = element.querySelector('pr-read-failed [role=alert]');
    expect(alert?.textContent).toContain('У вас нет права на это действие');

    alert?.querySelector('button')?.click();
    await page.whenStable();
    expect(jurorAccounts).toHaveBeenCalledTimes(2);
    expect(element.querySelector('[role=alert]')).toBeNull();
  });
});
