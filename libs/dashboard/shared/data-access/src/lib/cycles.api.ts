import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CycleView } from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/** A new draft cycle: from the built-in template, or from a copy of an earlier cycle's framework. */
export interface CycleInput {
  name: string;
  /** `YYYY-MM-DD`, both days included. */
  periodStart: string;
  periodEnd: string;
  /** The moment submissions close, ISO 8601. */
  deadline: string;
  template?: 'seven-indices';
  copyFromCycleId?: string;
}

/** What a director can do to a cycle's status; each answers 409 from the wrong status. */
export type CycleTransition = 'open' | 'close' | 'reopen' | 'publish' | 'archive';

/** One agency's extra time in a cycle. */
export interface ExtensionInput {
  agencyId: string;
  /** ISO 8601; must be later than the cycle deadline. */
  until: string;
  reason: string;
}

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

  create(input: CycleInput): Promise<CycleView> {
    return firstValueFrom(this.http.post<CycleView>('/api/cycles', input));
  }

  /** A stale `version` answers 409 with the cycle as it is now. */
  update(cycleId: string, version: number, change: Partial<CycleInput>): Promise<CycleView> {
    return firstValueFrom(this.http.patch<CycleView>(`/api/cycles/${cycleId}`, { ...change, version }));
  }

  /** Reopening needs the version last read and a written reason; the others need nothing. */
  transition(
    cycleId: string,
    action: CycleTransition,
    reopen?: { version: number; reason: string },
  ): Promise<CycleView> {
    return firstValueFrom(this.http.post<CycleView>(`/api/cycles/${cycleId}/${action}`, reopen ?? {}));
  }

  grantExtension(
    cycleId: string,
    input: ExtensionInput,
  ): Promise<{ agencyId: string; extensionUntil: string }> {
    return firstValueFrom(
      this.http.post<{ agencyId: string; extensionUntil: string }>(
        `/api/cycles/${cycleId}/extensions`,
        input,
      ),
    );
  }
}
