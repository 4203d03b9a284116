import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Locale,
  NotificationPreferenceChoice,
  NotificationPreferencesRequest,
  NotificationPreferenceView,
  NotificationUnreadView,
  NotificationView,
  Page,
  PageQuery,
} from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/**
 * One's own notifications, in one's language, and the choice of what one hears of; a region's defaults for
 * that choice (its director's).
 */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  /** Newest first, worded in `lang` (the language the dashboard shows). */
  list(lang: Locale, query: PageQuery = {}): Promise<Page<NotificationView>> {
    let params = new HttpParams().set('lang', lang);
    if (query.limit !== undefined) params = params.set('limit', query.limit);
    if (query.offset !== undefined) params = params.set('offset', query.offset);
    return firstValueFrom(this.http.get<Page<NotificationView>>('/api/notifications', { params }));
  }

  unread(): Promise<NotificationUnreadView> {
    return firstValueFrom(this.http.get<NotificationUnreadView>('/api/notifications/unread'));
  }

  /** Marks one read; answers how many are still unread. */
  markRead(id: string): Promise<NotificationUnreadView> {
    return firstValueFrom(
      this.http.post<NotificationUnreadView>(`/api/notifications/${encodeURIComponent(id)}/read`, {}),
    );
  }

  markAllRead(): Promise<NotificationUnreadView> {
    return firstValueFrom(this.http.post<NotificationUnreadView>('/api/notifications/read-all', {}));
  }

  preferences(): Promise<NotificationPreferenceView[]> {
    return firstValueFrom(this.http.get<NotificationPreferenceView[]>('/api/notifications/preferences'));
  }

  /** Saves the kinds listed; the others keep their choice. */
  savePreferences(preferences: NotificationPreferenceChoice[]): Promise<NotificationPreferenceView[]> {
    const body: NotificationPreferencesRequest = { preferences };
    return firstValueFrom(
      this.http.put<NotificationPreferenceView[]>('/api/notifications/preferences', body),
    );
  }

  regionDefaults(regionId: string): Promise<NotificationPreferenceView[]> {
    return firstValueFrom(this.http.get<NotificationPreferenceView[]>(this.defaultsUrl(regionId)));
  }

  saveRegionDefaults(
    regionId: string,
    preferences: NotificationPreferenceChoice[],
  ): Promise<NotificationPreferenceView[]> {
    const body: NotificationPreferencesRequest = { preferences };
    return firstValueFrom(this.http.put<NotificationPreferenceView[]>(this.defaultsUrl(regionId), body));
  }

  private defaultsUrl(regionId: string): string {
    return `/api/regions/${encodeURIComponent(regionId)}/notification-defaults`;
  }
}
