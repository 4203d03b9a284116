import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AccountView, AgencyView, Page, PageQuery, RegionView } from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';
import { allPages, withPage } from '@prgauge/dashboard-shared-data-access';
import { type AccountListFilter, type AgencyListFilter, withFilter } from './list-filters';

/** How many matches a picker that searches as one types offers at once. */
export const PICKER_MATCHES = 20;

/**
 * The regions, agencies and accounts that records name, read to show names instead of ids. Nothing here reads a
 * whole installation: pickers read one region's rows, or search the server as one types.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationApi {
  private readonly http = inject(HttpClient);

  /** Every region for a national admin; one's own region otherwise. */
  regions(): Promise<RegionView[]> {
    return firstValueFrom(this.http.get<RegionView[]>('/api/regions'));
  }

  /** A page of the agencies the caller may see, narrowed by `filter`, by code. */
  agencyPage(query: PageQuery = {}, filter: AgencyListFilter = {}): Promise<Page<AgencyView>> {
    const params = withFilter(withPage(new HttpParams(), query), { ...filter });
    return firstValueFrom(this.http.get<Page<AgencyView>>('/api/agencies', { params }));
  }

  /** One agency, to name the one a filter holds; 404 outside the caller's region. */
  agency(agencyId: string): Promise<AgencyView> {
    return firstValueFrom(this.http.get<AgencyView>(`/api/agencies/${agencyId}`));
  }

  /** Every agency of one region, retired ones too, page by page (about 1,000 at most): for a region's pickers. */
  regionAgencies(regionId: string): Promise<AgencyView[]> {
    return allPages((query) => this.agencyPage(query, { regionId }));
  }

  /** The first agencies whose code or name holds `text`, by code: for a picker that searches as one types. */
  async matchingAgencies(text: string, filter: AgencyListFilter = {}): Promise<AgencyView[]> {
    return (await this.agencyPage({ limit: PICKER_MATCHES }, { ...filter, search: text })).items;
  }

  /** A page of the accounts the caller may see, narrowed by `filter`, by login; directors and admins only. */
  accountPage(query: PageQuery = {}, filter: AccountListFilter = {}): Promise<Page<AccountView>> {
    const params = withFilter(withPage(new HttpParams(), query), { ...filter });
    return firstValueFrom(this.http.get<Page<AccountView>>('/api/users', { params }));
  }

  /** One account, to name the one a filter holds; 404 outside the caller's region. */
  account(userId: string): Promise<AccountView> {
    return firstValueFrom(this.http.get<AccountView>(`/api/users/${userId}`));
  }

  /**
   * Every account of one region, narrowed by `filter`, page by page: for a region's pickers (a committee's members,
   * a contest's jurors).
   */
  regionAccounts(regionId: string, filter: Omit<AccountListFilter, 'regionId'> = {}): Promise<AccountView[]> {
    return allPages((query) => this.accountPage(query, { ...filter, regionId }));
  }

  /** The first accounts whose login or name holds `text`, by login: for a picker that searches as one types. */
  async matchingAccounts(text: string, filter: AccountListFilter = {}): Promise<AccountView[]> {
    return (await this.accountPage({ limit: PICKER_MATCHES }, { ...filter, search: text })).items;
  }
}
