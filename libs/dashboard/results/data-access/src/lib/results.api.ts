import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CycleFramework,
  CycleView,
  FrameworkDocument,
  PutFrameworkRequest,
  RankingResponse,
  ScorecardResponse,
} from '@prgauge/contracts';
import { CyclesApi } from '@prgauge/dashboard-admin-data-access';
import type { ScoringInput } from '@prgauge/scoring';
import { firstValueFrom } from 'rxjs';

/** Cycles, rankings and scorecards: published ones for everybody, live previews for region staff. */
@Injectable({ providedIn: 'root' })
export class ResultsApi {
  private readonly http = inject(HttpClient);
  private readonly regionCycles = inject(CyclesApi);

  /** Published cycles for anonymous visitors; every cycle of the region for signed-in staff. */
  cycles(signedIn: boolean): Promise<CycleView[]> {
    if (signedIn) return this.regionCycles.list();
    return firstValueFrom(this.http.get<CycleView[]>('/api/public/cycles'));
  }

  /** One cycle the caller may see; another region's answers 404. */
  cycle(cycleId: string): Promise<CycleView> {
    return this.regionCycles.get(cycleId);
  }

  ranking(cycleId: string): Promise<RankingResponse> {
    return firstValueFrom(this.http.get<RankingResponse>(`/api/cycles/${cycleId}/ranking`));
  }

  scorecard(cycleId: string, agencyId: string): Promise<ScorecardResponse> {
    return firstValueFrom(this.http.get<ScorecardResponse>(`/api/cycles/${cycleId}/scorecards/${agencyId}`));
  }

  /** The cycle's data in the scoring library's format, for recomputing it in the browser. */
  scoringDocument(cycleId: string): Promise<ScoringInput> {
    return firstValueFrom(this.http.get<ScoringInput>(`/api/cycles/${cycleId}/scoring-document`));
  }

  /** The stored framework with its texts and leaf settings, and the cycle's version. */
  framework(cycleId: string): Promise<CycleFramework> {
    return firstValueFrom(this.http.get<CycleFramework>(`/api/cycles/${cycleId}/framework`));
  }

  /** Replaces a draft cycle's framework; a stale `version` answers 409. */
  putFramework(cycleId: string, version: number, framework: FrameworkDocument): Promise<CycleFramework> {
    const body: PutFrameworkRequest = { version, framework };
    return firstValueFrom(this.http.put<CycleFramework>(`/api/cycles/${cycleId}/framework`, body));
  }
}
