import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { NotificationView, Page } from '@prgauge/contracts';
import { UnreadCount } from '@prgauge/dashboard-notifications-data-access';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { BellPanel } from './bell-panel';

const returned: NotificationView = {
  id: 'n1',
  kind: 'submission.returned',
  title: 'Отчёт Ведомства A возвращён на доработку',
  body: ['Директор вернул(а) отчёт за цикл «2026» с замечаниями:'],
  items: [{ text: 'Пресс-релизы: Нет ссылок', link: '/submissions/s1?field=media.releases' }],
  link: '/submissions/s1',
  createdAt: '2026-11-30T10:00:00Z',
  readAt: null,
};
const page = (items: NotificationView[]): Page<NotificationView> => ({
  items,
  total: items.length,
  totalIsLowerBound: false,
  limit: 8,
  offset: 0,
});

describe('BellPanel', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', children: [] }]),
        {
          provide: SessionStore,
          useValue: { signedIn: signal(true), passwordChangeRequired: signal(false) },
        },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify({ ignoreCancelled: true }));

  /** Answers the bell's count and the panel's list until nothing more is asked (the list follows the count). */
  async function settle(unread: number): Promise<void> {
    for (let round = 0; round < 4; round++) {
      TestBed.tick();
      const open = (url: string) => http.match(url).filter((r) => !r.cancelled);
      open('/api/notifications/unread').forEach((r) => r.flush({ unread }));
      open('/api/notifications?lang=ru&limit=8').forEach((r) => r.flush(page([returned])));
      await new Promise((resolve) => setTimeout(resolve));
    }
  }

  async function render() {
    const fixture = TestBed.createComponent(BellPanel);
    await settle(1);
    fixture.detectChanges();
    return fixture;
  }

  it('lists the newest in the reader’s language, the unread marked, each listed thing a link', async () => {
    const element = (await render()).nativeElement as HTMLElement;
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('Уведомления');
    const note = element.querySelector('pr-notification-item article');
    expect(note?.classList).toContain('unread');
    expect(note?.querySelector('h3')?.textContent).toContain('Отчёт Ведомства A возвращён на доработку');
    expect(Array.from(note?.querySelectorAll('li a') ?? []).map((a) => a.getAttribute('href'))).toEqual([
      '/submissions/s1?field=media.releases',
    ]);
  });

  it('marks a notification read when one of its links is followed, then goes there', async () => {
    const fixture = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl');
    (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>('li a')?.click();
    http.expectOne({ method: 'POST', url: '/api/notifications/n1/read' }).flush({ unread: 0 });
    await settle(0);
    expect(TestBed.inject(UnreadCount).count()).toBe(0);
    expect(navigate).toHaveBeenCalledWith('/submissions/s1?field=media.releases');
  });
});
