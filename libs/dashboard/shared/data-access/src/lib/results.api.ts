import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CycleView, RankingResponse, ScorecardResponse } from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/** Cycles, rankings and scorecards: published ones for everybody, live previews for region staff. */
@Injectable({ providedIn: 'root' })
export class ResultsApi {
  private readonly http = inject(HttpClient);

  /** Published cycles for anonymous visitors; every cycle of the region for signed-in staff. */
  cycles(signedIn: boolean): Promise<CycleView[]> {
    return firstValueFrom(this.http.get<CycleView[]>(signedIn ? '/api/cycles' : '/api/public/cycles'));
  }

  ranking(cycleId: string): Promise<RankingResponse> {
    return firstValueFrom(this.http.get<RankingResponse>(`/api/cycles/${cycleId}/ranking`));
  }

  scorecard(cycleId: string, agencyId: string): Promise<ScorecardResponse> {
    return firstValueFrom(this.http.get<ScorecardResponse>(`/api/cycles/${cycleId}/scorecards/${agencyId}`));
  }
}
