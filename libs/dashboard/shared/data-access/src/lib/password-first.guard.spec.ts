import { computed, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  provideRouter,
  Router,
  UrlTree,
  type ActivatedRouteSnapshot,
  type GuardResult,
  type RouterStateSnapshot,
} from '@angular/router';
import type { SessionUser } from '@prgauge/contracts';
import { passwordChangeFirst } from './password-first.guard';
import { SessionStore } from './session.store';

const director = (passwordChangeRequired: boolean): SessionUser => ({
  id: 'u',
  login: 'director',
  displayName: 'Director',
  role: 'director',
  regionId: 'r',
  agencyId: null,
  locale: null,
  passwordChangeRequired,
});

/** Runs the guard for a navigation to `url` as `person` (null: a visitor); a URL tree comes back as its address. */
function go(person: SessionUser | null, url: string): string | boolean {
  TestBed.resetTestingModule();
  const user = signal(person);
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideRouter([]),
      {
        provide: SessionStore,
        useValue: {
          user,
          signedIn: computed(() => user() !== null),
          passwordChangeRequired: computed(() => user()?.passwordChangeRequired === true),
        },
      },
    ],
  });
  const result = TestBed.runInInjectionContext(() =>
    passwordChangeFirst({} as ActivatedRouteSnapshot, { url } as RouterStateSnapshot),
  ) as GuardResult;
  return result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : (result as boolean);
}

describe('passwordChangeFirst', () => {
  it('holds someone with a one-time password on the password screen, wherever they head', () => {
    for (const url of ['/review', '/rankings', '/admin/cycles?x=1', '/about', '/'])
      expect([url, go(director(true), url)]).toEqual([url, '/password']);
    expect(go(director(true), '/password')).toBe(true);
    expect(go(director(true), '/password?from=menu')).toBe(true);
  });

  it('lets everyone else go anywhere but the password screen', () => {
    expect(go(director(false), '/review')).toBe(true);
    expect(go(null, '/rankings')).toBe(true);
    expect(go(director(false), '/password')).toBe('/rankings');
    expect(go(null, '/password')).toBe('/sign-in');
  });
});
