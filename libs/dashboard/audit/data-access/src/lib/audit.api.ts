import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AuditEntryView, AuditQuery, Page } from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/** The region's audit trail, newest first, a page at a time. */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  entries(query: AuditQuery): Promise<Page<AuditEntryView>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
    }
    return firstValueFrom(this.http.get<Page<AuditEntryView>>('/api/audit', { params }));
  }
}
