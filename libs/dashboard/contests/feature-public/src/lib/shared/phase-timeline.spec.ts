import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { ContestView } from '@prgauge/contracts';
import { LocaleStore } from '@prgauge/dashboard-shared-i18n';
import { PhaseTimeline } from './phase-timeline';

/** A contest of a region in `timeZone`, whose applications run from 1 to 10 December on that region's clocks. */
const contest = (timeZone: string, opensAt: string, closesAt: string): ContestView =>
  ({
    id: 'contest-1',
    shape: 'combined',
    phase: 'applications_open',
    votingOpen: false,
    applicationsOpenAt: opensAt,
    applicationsCloseAt: closesAt,
    judgingStartAt: '2026-12-15T00:00:00Z',
    judgingEndAt: '2026-12-20T00:00:00Z',
    votingStartAt: null,
    votingEndAt: null,
    resultsPublishedAt: null,
    timeZone,
  }) as ContestView;

async function applicationDates(value: ContestView, locale: 'en' | 'fa'): Promise<string> {
  TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
  TestBed.inject(LocaleStore).use(locale);
  const fixture = TestBed.createComponent(PhaseTimeline);
  fixture.componentRef.setInput('contest', value);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return element.querySelector('li .dates')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('PhaseTimeline: the days of each phase on the clocks of the contest region', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('gives a Tehran window its Tehran days, though it opens on 30 November in UTC', async () => {
    const tehran = contest('Asia/Tehran', '2026-11-30T20:30:00.000Z', '2026-12-10T20:29:59.999Z');
    expect(await applicationDates(tehran, 'en')).toBe('1 Dec 2026 – 10 Dec 2026');
  });

  it('writes them in the Solar Hijri calendar in Persian', async () => {
    const tehran = contest('Asia/Tehran', '2026-11-30T20:30:00.000Z', '2026-12-10T20:29:59.999Z');
    expect(await applicationDates(tehran, 'fa')).toBe('۱۰ آذر ۱۴۰۵ – ۱۹ آذر ۱۴۰۵');
  });

  it('gives a window of a region west of UTC its own days, though it ends on 11 December in UTC', async () => {
    const west = contest('America/New_York', '2026-12-01T05:00:00.000Z', '2026-12-11T04:59:59.999Z');
    expect(await applicationDates(west, 'en')).toBe('1 Dec 2026 – 10 Dec 2026');
  });
});
