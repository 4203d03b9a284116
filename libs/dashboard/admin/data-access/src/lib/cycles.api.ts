import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CreateCycleRequest,
  CycleView,
  ExtensionView,
  GrantExtensionRequest,
  PublishSummary,
  ReopenCycleRequest,
  UpdateCycleRequest,
} from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/** What a director can do to a cycle's status; each answers 409 from the wrong status. */
export type CycleTransition = 'open' | 'close' | 'reopen' | 'publish' | 'archive';

/** Evaluation cycles as a director manages them: create, move through their statuses, extend deadlines. */
@Injectable({ providedIn: 'root' })
export class CyclesApi {
  private readonly http = inject(HttpClient);

  /** The region's cycles, newest first. */
  list(): Promise<CycleView[]> {
    return firstValueFrom(this.http.get<CycleView[]>('/api/cycles'));
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

  grantExtension(cycleId: string, input: GrantExtensionRequest): Promise<ExtensionView> {
    return firstValueFrom(this.http.post<ExtensionView>(`/api/cycles/${cycleId}/extensions`, input));
  }
}
