import { provideZonelessChangeDetection, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, type CanMatchFn, type Route } from '@angular/router';
import { ROLES, type Role, type SessionUser } from '@prgauge/contracts';
import { landingFor, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { NAV_ITEMS, navItemsFor } from './nav-items';
import { shellRoutes } from './shell.routes';

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
const PEOPLE: (SessionUser | null)[] = [null, ...ROLES.map(user)];
const who = (person: SessionUser | null) => person?.role ?? 'visitor';

/** The routes under `route`: its children, or a lazy area's table (loaded as the router would), unwrapped. */
async function childrenOf(route: Route): Promise<Route[]> {
  const routes = route.loadChildren
    ? ((await (route.loadChildren() as Promise<Route[]>)) ?? [])
    : (route.children ?? []);
  // A lazy area's own table sits under a pathless wrapper route that provides its texts.
  return routes.length === 1 && routes[0].path === '' ? (routes[0].children ?? []) : routes;
}

/** The `canMatch` guards met on the way to `path`, from the shell's route table down. */
async function guardsOn(path: string): Promise<CanMatchFn[]> {
  const guards: CanMatchFn[] = [];
  let routes = shellRoutes[0].children ?? [];
  let rest = path;
  while (rest) {
    const route =
      routes.find((r) => r.path === rest) ??
      routes.find((r) => r.path && r.path !== '**' && rest.startsWith(`${r.path}/`));
    if (!route?.path) throw new Error(`No route for "${path}"`);
    guards.push(...((route.canMatch ?? []) as CanMatchFn[]));
    rest = rest === route.path ? '' : rest.slice(route.path.length + 1);
    routes = rest ? await childrenOf(route) : [];
  }
  return guards;
}

/** Whether every guard on the way to `path` lets `person` in. */
function letsIn(person: SessionUser | null, guards: CanMatchFn[]): boolean {
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideRouter([]),
      { provide: SessionStore, useValue: { user: signal(person).asReadonly() } },
    ],
  });
  return guards.every((guard) => TestBed.runInInjectionContext(() => guard({} as Route, [])) === true);
}

describe('navigation and routes agree', () => {
  it('lets whoever sees an entry through its route guards, and stops whoever the map keeps out', async () => {
    const guards = new Map<string, CanMatchFn[]>();
    for (const item of NAV_ITEMS) guards.set(item.path, await guardsOn(item.path));
    const disagreements: string[] = [];
    for (const person of PEOPLE) {
      const shown = new Set(navItemsFor(person).map((item) => item.path));
      for (const item of NAV_ITEMS) {
        const allowed = letsIn(person, guards.get(item.path) ?? []);
        // A personal entry (score sheets, voting) is hidden from admins whom the guard would let in.
        const agrees = shown.has(item.path) ? allowed : item.personal === true || !allowed;
        if (!agrees)
          disagreements.push(`${who(person)} ${item.path}: shown ${shown.has(item.path)}, let in ${allowed}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('starts each person on a page of their own menu', () => {
    const landings = PEOPLE.map((person) => {
      const landing = landingFor(person).slice(1);
      return [who(person), navItemsFor(person).some((item) => item.path === landing)];
    });
    expect(landings.filter(([, inMenu]) => !inMenu)).toEqual([]);
  });
});
