import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CommitteeView } from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/** The region's committees of PR managers, with their members and the indices they review. */
@Injectable({ providedIn: 'root' })
export class CommitteesApi {
  private readonly http = inject(HttpClient);

  list(): Promise<CommitteeView[]> {
    return firstValueFrom(this.http.get<CommitteeView[]>('/api/committees'));
  }

  get(id: string): Promise<CommitteeView> {
    return firstValueFrom(this.http.get<CommitteeView>(`/api/committees/${id}`));
  }
}
