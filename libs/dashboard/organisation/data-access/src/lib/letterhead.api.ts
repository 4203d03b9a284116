import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { LetterheadRequest, LetterheadView } from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/** A region's letterhead for its PDF reports: read and replaced by its director. */
@Injectable({ providedIn: 'root' })
export class LetterheadApi {
  private readonly http = inject(HttpClient);

  get(regionId: string): Promise<LetterheadView> {
    return firstValueFrom(this.http.get<LetterheadView>(`/api/regions/${regionId}/letterhead`));
  }

  /** Replaces the whole letterhead; a stale `version` answers 409 with the current one. */
  put(regionId: string, body: LetterheadRequest): Promise<LetterheadView> {
    return firstValueFrom(this.http.put<LetterheadView>(`/api/regions/${regionId}/letterhead`, body));
  }
}
