import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type {
  ChangePasswordRequest,
  CompletePasswordResetRequest,
  Locale,
  LoginRequest,
  LoginResponse,
  OwnAccountView,
  PasswordResetAccepted,
  PasswordResetRequest,
  RegionView,
  SessionUser,
  UpdateOwnAccountRequest,
} from '@prgauge/contracts';
import { isLocale, LocaleStore } from '@prgauge/dashboard-shared-i18n';
import { type Action, can, canPersonally, type ResourceScope } from '@prgauge/permissions';
import { firstValueFrom } from 'rxjs';

/**
 * Who is signed in, if anyone. The session itself lives in an httpOnly cookie the API manages. Whenever the
 * person changes, the interface takes their language (see `LocaleStore.adopt`).
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  private readonly locales = inject(LocaleStore);
  private readonly current = signal<SessionUser | null>(null);
  private readonly checked = signal(false);

  readonly user = this.current.asReadonly();
  /** False until the first check with the API has answered. */
  readonly ready = this.checked.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);
  /** True while the person signed in with a one-time password: the API refuses all else until it is changed. */
  readonly passwordChangeRequired = computed(() => this.current()?.passwordChangeRequired === true);

  /** Asks the API who this browser is; an expired or missing session means nobody. */
  async refresh(): Promise<void> {
    try {
      await this.become(await firstValueFrom(this.http.get<SessionUser>('/api/auth/me')));
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
    await this.become(response.user);
    return response.user;
  }

  async signOut(): Promise<void> {
    await firstValueFrom(this.http.post('/api/auth/logout', {}));
    this.current.set(null);
  }

  /**
   * Changes the signed-in person's password (the API signs out their other sessions) and reads them again,
   * so a one-time password's block lifts. Throws the API's refusal: wrong current password, weak new one.
   */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    const body: ChangePasswordRequest = { currentPassword, newPassword };
    await firstValueFrom(this.http.post('/api/auth/password', body));
    this.current.set(await firstValueFrom(this.http.get<SessionUser>('/api/auth/me')));
  }

  /** Saves the language the person picked on their account, so it follows them to other browsers. */
  async saveLocale(locale: Locale): Promise<void> {
    if (!this.current() || this.passwordChangeRequired()) return;
    const body: UpdateOwnAccountRequest = { locale };
    this.current.set(await firstValueFrom(this.http.patch<SessionUser>('/api/auth/me', body)));
  }

  /** The signed-in person with their own email address, read afresh. */
  ownAccount(): Promise<OwnAccountView> {
    return firstValueFrom(this.http.get<OwnAccountView>('/api/auth/me'));
  }

  /** Saves (or, with null, removes) one's own email address; throws the API's refusal of a malformed one. */
  async saveOwnEmail(email: string | null): Promise<OwnAccountView> {
    const body: UpdateOwnAccountRequest = { email };
    const saved = await firstValueFrom(this.http.patch<OwnAccountView>('/api/auth/me', body));
    this.current.set(saved);
    return saved;
  }

  /**
   * Asks for an emailed password-reset link for a login or address. The API answers alike whether or not an
   * account matches; it throws only for a malformed request or too many of them (429).
   */
  requestPasswordReset(loginOrEmail: string): Promise<PasswordResetAccepted> {
    const body: PasswordResetRequest = { loginOrEmail };
    return firstValueFrom(this.http.post<PasswordResetAccepted>('/api/auth/password-reset', body));
  }

  /** Sets a new password with an emailed link's token; throws the API's refusal (link ended, weak password). */
  async completePasswordReset(token: string, newPassword: string): Promise<void> {
    const body: CompletePasswordResetRequest = { token, newPassword };
    await firstValueFrom(this.http.post('/api/auth/password-reset/complete', body));
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

  /** Takes `user` as the person signed in, in their language. */
  private async become(user: SessionUser): Promise<void> {
    const region = user.locale || this.locales.hasBrowserChoice() ? null : await this.regionDefault(user);
    this.current.set(user);
    this.locales.adopt(user.locale, region);
  }

  /**
   * The default language of the person's region, needed only when neither the account nor the browser names
   * one. Read from the public region list, and only when a region there names a valid one; a failure to read
   * it leaves the language as it is.
   */
  private async regionDefault(user: SessionUser): Promise<Locale | null> {
    if (!user.regionId) return null;
    try {
      const regions = await firstValueFrom(this.http.get<RegionView[]>('/api/public/regions'));
      const region = regions.find((r) => r.id === user.regionId);
      const wanted = region && 'defaultLocale' in region ? region.defaultLocale : null;
      return isLocale(wanted) ? wanted : null;
    } catch {
      return null;
    }
  }
}
