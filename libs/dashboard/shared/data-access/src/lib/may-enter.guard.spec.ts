import { Component, provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, UrlTree, type GuardResult, type Route } from '@angular/router';
import type { Role, SessionUser } from '@prgauge/contracts';
import type { Action } from '@prgauge/permissions';
import { mayEnter } from './may-enter.guard';
import { SessionStore } from './session.store';

const user = (role: Role): SessionUser => ({
  id: 'u',
  login: 'u',
  displayName: 'U',
  role,
  regionId: 'r',
  agencyId: 'a',
  locale: 'ru',
  passwordChangeRequired: false,
});

/** Runs the guard for `action` as `person` (null: a visitor); a URL tree comes back as its address. */
function enter(person: SessionUser | null, action: Action): string | boolean {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideRouter([]),
      { provide: SessionStore, useValue: { user: signal(person).asReadonly() } },
    ],
  });
  const result = TestBed.runInInjectionContext(() => mayEnter(action)({} as Route, [])) as GuardResult;
  return result instanceof UrlTree ? TestBed.inject(Router).serializeUrl(result) : (result as boolean);
}

@Component({ selector: 'pr-blank', template: '' })
class Blank {}

describe('mayEnter', () => {
  it('lets in a person whose role may do the action', () => {
    expect(enter(user('committee_member'), 'submission.review_queue')).toBe(true);
  });

  it('sends a visitor to sign in first', () => {
    expect(enter(null, 'submission.review_queue')).toBe('/sign-in');
  });

  it('brings a visitor back to the page they asked for once signed in', async () => {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideRouter([
          { path: 'review', canMatch: [mayEnter('submission.review_queue')], component: Blank },
          { path: 'sign-in', component: Blank },
        ]),
        { provide: SessionStore, useValue: { user: signal(null).asReadonly() } },
      ],
    });
    const router = TestBed.inject(Router);
    await router.navigateByUrl('/review?status=submitted');
    expect(router.url).toBe('/sign-in?returnTo=%2Freview%3Fstatus%3Dsubmitted');
  });

  it('sends a signed-in person whose role may not to their own first page', () => {
    expect(enter(user('agency_editor'), 'submission.review_queue')).toBe('/submissions');
    expect(enter(user('juror'), 'audit.search')).toBe('/contests/jury');
  });

  it('opens public pages to everyone', () => {
    expect(enter(null, 'results.read')).toBe(true);
  });
});
