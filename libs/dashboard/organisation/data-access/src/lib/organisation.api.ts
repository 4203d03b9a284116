import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AccountView, AgencyView, Page, PageQuery, RegionView } from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';
import { allPages, withPage } from '@prgauge/dashboard-shared-data-access';

/** The regions, agencies and accounts that records name, read to show names instead of ids. */
@Injectable({ providedIn: 'root' })
export class OrganisationApi {
  private readonly http = inject(HttpClient);

  /** Every region for a national admin; one's own region otherwise. */
  regions(): Promise<RegionView[]> {
    return firstValueFrom(this.http.get<RegionView[]>('/api/regions'));
  }

  /** A page of the region's agencies (every region's, for a national admin), by code. */
  agencyPage(query: PageQuery = {}): Promise<Page<AgencyView>> {
    return firstValueFrom(
      this.http.get<Page<AgencyView>>('/api/agencies', { params: withPage(new HttpParams(), query) }),
    );
  }

  /** Every agency the caller may see, page by page: for pickers. */
  agencies(): Promise<AgencyView[]> {
    return allPages((query) => this.agencyPage(query));
  }

  /** A page of the region's accounts (every region's, for a national admin), by login; directors and admins only. */
  accountPage(query: PageQuery = {}): Promise<Page<AccountView>> {
    return firstValueFrom(
      this.http.get<Page<AccountView>>('/api/users', { params: withPage(new HttpParams(), query) }),
    );
  }

  /** Every account the caller may see, page by page: for pickers. */
  accounts(): Promise<AccountView[]> {
    return allPages((query) => this.accountPage(query));
  }
}
