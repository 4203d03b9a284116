import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { MailMessageSummary, MailMessageView, Page, PageQuery } from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/** The outgoing mail, as admins read it: a national admin's all, a director's their region's, newest first. */
@Injectable({ providedIn: 'root' })
export class OutboxApi {
  private readonly http = inject(HttpClient);

  list(query: PageQuery = {}): Promise<Page<MailMessageSummary>> {
    let params = new HttpParams();
    if (query.limit !== undefined) params = params.set('limit', query.limit);
    if (query.offset !== undefined) params = params.set('offset', query.offset);
    return firstValueFrom(this.http.get<Page<MailMessageSummary>>('/api/mail/outbox', { params }));
  }

  /** One message with its text and HTML parts. */
  get(mailId: string): Promise<MailMessageView> {
    return firstValueFrom(this.http.get<MailMessageView>(`/api/mail/outbox/${encodeURIComponent(mailId)}`));
  }
}
