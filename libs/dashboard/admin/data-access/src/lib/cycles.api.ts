import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateCycleRequest,
  CycleView,
  ExtensionView,
  GrantExtensionRequest,
  Page,
  PageQuery,
  PublishedThenResult,
  PublishSummary,
  ReopenCycleRequest,
  UpdateCycleRequest,
} from '@prgauge/contracts';
import { allPages, withPage } from '@prgauge/dashboard-shared-data-access';
import { firstValueFrom } from 'rxjs';

/** What a director can do to a cycle's status; each answers 409 from the wrong status. */
export type CycleTransition = 'open' | 'close' | 'reopen' | 'publish' | 'archive';

/** Evaluation cycles as a director manages them: create, move through their statuses, extend deadlines. */
@Injectable({ providedIn: 'root' })
export class CyclesApi {
  private readonly http = inject(HttpClient);

  /**
   * One page of the cycles the caller may see, newest first: a national admin's every region's unless `regionId`
   * names one, anyone else's own region's.
   */
  page(query: PageQuery = {}, regionId?: string): Promise<Page<CycleView>> {
    let params = withPage(new HttpParams(), query);
    if (regionId) params = params.set('regionId', regionId);
    return firstValueFrom(this.http.get<Page<CycleView>>('/api/cycles', { params }));
  }

  /**
   * Every cycle of one region, newest first: the caller's own, or the one a national admin names (a region has a
   * few a year, so this is one request). A national admin naming none gets every region's, page by page.
   */
  list(regionId?: string): Promise<CycleView[]> {
    return allPages((query) => this.page(query, regionId));
  }

  get(cycleId: string): Promise<CycleView> {
    return firstValueFrom(this.http.get<CycleView>(`/api/cycles/${cycleId}`));
  }

  create(input: CreateCycleRequest): Promise<CycleView> {
    return firstValueFrom(this.http.post<CycleView>('/api/cycles', input));
  }

  /** A stale `version` answers 409 with the cycle as it is now. */
  update(cycleId: string, version: number, change: Omit<UpdateCycleRequest, 'version'>): Promise<CycleView> {
    const body: UpdateCycleRequest = { ...change, version };
    return firstValueFrom(this.http.patch<CycleView>(`/api/cycles/${cycleId}`, body));
  }

  /** Reopening needs the version last read and a written reason; the others need nothing. */
  transition(cycleId: string, action: CycleTransition, reopen?: ReopenCycleRequest): Promise<CycleView> {
    return firstValueFrom(this.http.post<CycleView>(`/api/cycles/${cycleId}/${action}`, reopen ?? {}));
  }

  /** What publishing would publish now, and whether the API would refuse it; read before confirming. */
  publishSummary(cycleId: string): Promise<PublishSummary> {
    return firstValueFrom(this.http.get<PublishSummary>(`/api/cycles/${cycleId}/publish-summary`));
  }

  /**
   * Gives a cycle of imported history the totals and ranks published at the time: a CSV or XLSX file with the
   * columns agency_code, total, rank, replacing any given before. 400 names each row and column at fault.
   */
  putPublishedThen(cycleId: string, file: File): Promise<PublishedThenResult> {
    const form = new FormData();
    form.append('file', file, file.name);
    return firstValueFrom(this.http.put<PublishedThenResult>(`/api/cycles/${cycleId}/published-then`, form));
  }

  /** The address of a cycle's full data as a file, in the reader's language. */
  dataHref(cycleId: string, format: 'xlsx' | 'csv', lang: string): string {
    return `/api/cycles/${encodeURIComponent(cycleId)}/data.${format}?lang=${encodeURIComponent(lang)}`;
  }

  grantExtension(cycleId: string, input: GrantExtensionRequest): Promise<ExtensionView> {
    return firstValueFrom(this.http.post<ExtensionView>(`/api/cycles/${cycleId}/extensions`, input));
  }
}
