import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import type { SessionUser } from '@prgauge/contracts';
import { SessionStore } from '@prgauge/dashboard-shared-data-access';
import { LocaleStore } from '@prgauge/dashboard-shared-i18n';
import { AccountMenu } from './account-menu';

/** The header's account button for `user`, read in `locale`. */
async function accountButton(user: Partial<SessionUser>, locale: 'fa' | 'ru') {
  localStorage.clear();
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideRouter([]),
      provideNoopAnimations(),
      {
        provide: SessionStore,
        useValue: { user: signal(user as SessionUser), passwordChangeRequired: signal(false) },
      },
    ],
  });
  TestBed.inject(LocaleStore).use(locale);
  const fixture = TestBed.createComponent(AccountMenu);
  await fixture.whenStable();
  return (fixture.nativeElement as HTMLElement).querySelector('button');
}

describe('AccountMenu', () => {
  it("shows an account without a name, as the first admin is, by its role in the reader's language", async () => {
    const button = await accountButton({ id: 'u1', login: 'admin', displayName: '', role: 'admin' }, 'fa');
    expect(button?.querySelector('.name')?.textContent?.trim()).toBe('مدیر سامانه (همه استان‌ها)');
    expect(button?.getAttribute('aria-label')).toContain('مدیر سامانه');
  });

  it('shows a named account by its name', async () => {
    const button = await accountButton(
      { id: 'u2', login: 'petrova', displayName: 'Петрова А. В.', role: 'director' },
      'ru',
    );
    expect(button?.querySelector('.name')?.textContent?.trim()).toBe('Петрова А. В.');
  });
});
