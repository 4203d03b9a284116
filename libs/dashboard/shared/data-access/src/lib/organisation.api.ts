import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AccountView, AgencyView, RegionView } from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/** The regions, agencies and accounts that records name, read to show names instead of ids. */
@Injectable({ providedIn: 'root' })
export class OrganisationApi {
  private readonly http = inject(HttpClient);

  /** Every region for a national admin; one's own region otherwise. */
  regions(): Promise<RegionView[]> {
    return firstValueFrom(this.http.get<RegionView[]>('/api/regions'));
  }

  /** The region's agencies. */
  agencies(): Promise<AgencyView[]> {
    return firstValueFrom(this.http.get<AgencyView[]>('/api/agencies'));
  }

  /** The region's accounts (every region's, for a national admin); directors and admins only. */
  accounts(): Promise<AccountView[]> {
    return firstValueFrom(this.http.get<AccountView[]>('/api/users'));
  }
}
