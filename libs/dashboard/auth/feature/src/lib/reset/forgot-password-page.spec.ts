import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';
import { AUTH_TEXTS } from '../i18n/auth-texts';
import { ForgotPasswordPage } from './forgot-password-page';

// The first test compiles Material's form fields, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('ForgotPasswordPage', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  /** The page in Russian, with the login typed and the form sent; the API behind it mocked at the HTTP level. */
  async function ask(loginOrEmail: string) {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    TestBed.inject(TranslationService).register(AUTH_TEXTS);
    const fixture = TestBed.createComponent(ForgotPasswordPage);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const input = root.querySelector('input') as HTMLInputElement;
    input.value = loginOrEmail;
    input.dispatchEvent(new Event('input'));
    root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
    const sent = TestBed.inject(HttpTestingController).expectOne('/api/auth/password-reset');
    const answer = async (body: object, status: number) => {
      sent.flush(body, { status, statusText: 'Answered' });
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { root, sent, answer };
  }

  it('sends the login or address as typed, trimmed, and says a link may be on its way', async () => {
    const page = await ask('  director ');
    expect(page.sent.request.body).toEqual({ loginOrEmail: 'director' });
    await page.answer({ validForMinutes: 30 }, 202);
    expect(page.root.querySelector('[role=status]')?.textContent).toContain('30 мин');
  });

  it('says when to try again once the requests are throttled', async () => {
    const page = await ask('director');
    await page.answer({ code: 'auth.reset_throttled', params: { retryAfter: 600 } }, 429);
    expect(page.root.querySelector('[role=alert]')?.textContent).toMatch(/600/);
    expect(page.root.querySelector('[role=status]')).toBeNull();
  });
});
