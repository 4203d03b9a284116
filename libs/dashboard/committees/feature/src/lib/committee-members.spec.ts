import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { AccountView, CommitteeView } from '@prgauge/contracts';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { CommitteeMembers } from './committee-members';

const committee = { id: 'm1', regionId: 'r1', members: [] } as unknown as CommitteeView;
const account = { id: 'u1', displayName: 'Алия Жунусова', login: 'aliya', active: true } as AccountView;
const unreachable = new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' });

describe('CommitteeMembers', () => {
  it('says why the region accounts could not be read, and reads them again when asked', async () => {
    const regionAccounts = jest.fn().mockRejectedValueOnce(unreachable).mockResolvedValue([account]);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        { provide: OrganisationApi, useValue: { regionAccounts } },
      ],
    });
    const members = TestBed.createComponent(CommitteeMembers);
    members.componentRef.setInput('committee', committee);
    members.componentRef.setInput('editable', true);
    await members.whenStable();
    const element = members.nativeElement as HTMLElement;
    const alert = element.querySelector('pr-read-failed [role=alert]');
    expect(alert?.textContent).toContain('Сервер недоступен');

    alert?.querySelector('button')?.click();
    await members.whenStable();
    expect(regionAccounts).toHaveBeenCalledTimes(2);
    expect(element.querySelector('pr-read-failed')).toBeNull();
  });
});
