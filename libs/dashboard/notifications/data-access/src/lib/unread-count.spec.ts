import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { UNREAD_POLL_MS, UnreadCount } from './unread-count';

describe('UnreadCount', () => {
  let http: HttpTestingController;
  const signedIn = signal(false);
  const passwordChangeRequired = signal(false);

  beforeEach(() => {
    jest.useFakeTimers();
    signedIn.set(false);
    passwordChangeRequired.set(false);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', children: [] }]),
        { provide: SessionStore, useValue: { signedIn, passwordChangeRequired } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  const answer = async (unread: number) => {
    http.expectOne('/api/notifications/unread').flush({ unread });
    await jest.advanceTimersByTimeAsync(0);
  };

  it('asks once signed in, once a minute and after each navigation, and stops at sign-out', async () => {
    const bell = TestBed.inject(UnreadCount);
    TestBed.tick();
    http.expectNone('/api/notifications/unread');

    signedIn.set(true);
    TestBed.tick();
    await answer(2);
    expect(bell.count()).toBe(2);

    await jest.advanceTimersByTimeAsync(UNREAD_POLL_MS - 1);
    http.expectNone('/api/notifications/unread');
    await jest.advanceTimersByTimeAsync(1);
    await answer(3);
    expect(bell.count()).toBe(3);

    await TestBed.inject(Router).navigateByUrl('/submissions/s1');
    await answer(4);
    expect(bell.count()).toBe(4);

    signedIn.set(false);
    TestBed.tick();
    expect(bell.count()).toBeNull();
    await jest.advanceTimersByTimeAsync(UNREAD_POLL_MS * 3);
    await TestBed.inject(Router).navigateByUrl('/rankings');
    http.expectNone('/api/notifications/unread');
  });

  it('keeps quiet while a one-time password waits to be replaced, and keeps the last count when a poll fails', async () => {
    signedIn.set(true);
    passwordChangeRequired.set(true);
    const bell = TestBed.inject(UnreadCount);
    TestBed.tick();
    http.expectNone('/api/notifications/unread');

    passwordChangeRequired.set(false);
    TestBed.tick();
    await answer(1);
    await jest.advanceTimersByTimeAsync(UNREAD_POLL_MS);
    http.expectOne('/api/notifications/unread').error(new ProgressEvent('error'), { status: 0 });
    await jest.advanceTimersByTimeAsync(0);
    expect(bell.count()).toBe(1);
    bell.set(0);
    expect(bell.count()).toBe(0);
  });
});
