import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { LoginRequest, LoginResponse, SessionUser } from '@prgauge/contracts';
import { type Action, can, canPersonally, type ResourceScope } from '@prgauge/permissions';
import { firstValueFrom } from 'rxjs';

/** Who is signed in, if anyone. The session itself lives in an httpOnly cookie the API manages. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<SessionUser | null>(null);
  private readonly checked = signal(false);

  readonly user = this.current.asReadonly();
  /** False until the first check with the API has answered. */
  readonly ready = this.checked.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);

  /** Asks the API who this browser is; an expired or missing session means nobody. */
  async refresh(): Promise<void> {
    try {
      this.current.set(await firstValueFrom(this.http.get<SessionUser>('/api/auth/me')));
    } catch (error) {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) throw error;
      this.current.set(null);
    } finally {
      this.checked.set(true);
    }
  }

  async signIn(login: string, password: string): Promise<SessionUser> {
    const body: LoginRequest = { login, password };
    const response = await firstValueFrom(this.http.post<LoginResponse>('/api/auth/login', body));
    this.current.set(response.user);
    return response.user;
  }

  async signOut(): Promise<void> {
    await firstValueFrom(this.http.post('/api/auth/logout', {}));
    this.current.set(null);
  }

  /**
   * Whether the person signed in (or a visitor) may do `action` on a record described by `resource`, as the
   * API will decide (`can` of `@prgauge/permissions`). Reads the session signal, so a `computed` that calls it
   * follows sign-in and sign-out.
   */
  can(action: Action, resource?: ResourceScope): boolean {
    return can(this.current(), action, resource);
  }

  /** `can`, for work done in one's own name (a jury seat, a ballot): see `canPersonally`. */
  canPersonally(action: Action, resource?: ResourceScope): boolean {
    return canPersonally(this.current(), action, resource);
  }
}
