import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, input, provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { CommitteeView } from '@prgauge/contracts';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { ChartComponent } from '@prgauge/dashboard-shared-charts';
import { TrainingApi } from '@prgauge/dashboard-training-data-access';
import { CommitteeTraining } from './committee-training';

/** jsdom draws no canvas: the section's chart stands in as an empty element. */
@Component({ selector: 'pr-chart', template: '' })
class NoChart {
  readonly config = input<unknown>();
  readonly label = input('');
}

const committee = { id: 'm1', regionId: 'r1', members: [] } as unknown as CommitteeView;
const unreachable = new HttpErrorResponse({ status: 0, statusText: 'Unknown Error' });

// The first test compiles Material's components, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('CommitteeTraining', () => {
  it('says why the region, whose calendar gives the period, could not be read, and reads it again', async () => {
    localStorage.setItem('prgauge.locale', 'ru');
    const regions = jest.fn().mockRejectedValueOnce(unreachable).mockResolvedValue([]);
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        provideRouter([]),
        { provide: OrganisationApi, useValue: { regions } },
        { provide: TrainingApi, useValue: { report: () => new Promise(() => undefined) } },
      ],
    });
    TestBed.overrideComponent(CommitteeTraining, {
      remove: { imports: [ChartComponent] },
      add: { imports: [NoChart] },
    });
    const section = TestBed.createComponent(CommitteeTraining);
    section.componentRef.setInput('committee', committee);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      section.detectChanges();
    };
    await settle();
    const element = section.nativeElement as HTMLElement;
    const alert = element.querySelector('pr-read-failed [role=alert]');
    expect(alert?.textContent).toContain('Сервер недоступен');

    alert?.querySelector('button')?.click();
    await settle();
    expect(regions).toHaveBeenCalledTimes(2);
    expect(element.querySelector('pr-read-failed')).toBeNull();
  });
});
