import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { JobView, Page, PageQuery } from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/** Background jobs: the caller's (a director's: the region's), newest first, and one job's state. */
@Injectable({ providedIn: 'root' })
export class JobsApi {
  private readonly http = inject(HttpClient);

  list(query: PageQuery = {}): Promise<Page<JobView>> {
    let params = new HttpParams();
    if (query.limit !== undefined) params = params.set('limit', query.limit);
    if (query.offset !== undefined) params = params.set('offset', query.offset);
    return firstValueFrom(this.http.get<Page<JobView>>('/api/jobs', { params }));
  }

  get(jobId: string): Promise<JobView> {
    return firstValueFrom(this.http.get<JobView>(`/api/jobs/${encodeURIComponent(jobId)}`));
  }
}
