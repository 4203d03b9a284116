import type { FrameworkDocument } from './framework';

/** `POST /api/cycles`: a draft from the built-in template (the default), a copy of a cycle, or a framework. */
export interface CreateCycleRequest {
  name: string;
  /** `YYYY-MM-DD`, both days included. */
  periodStart: string;
  periodEnd: string;
  /**
   * The moment submissions close, ISO 8601. Required, except for imported history, which nobody submits: left out
   * there, it is the end of `periodEnd`.
   */
  deadline?: string;
  /** National admins only: directors always create in their own region. */
  regionId?: string;
  template?: 'seven-indices';
  copyFromCycleId?: string;
  framework?: FrameworkDocument;
  /**
   * A past cycle whose values are brought in from the directorate's own records: filled while open, with no
   * deadline, and published straight from open with no submission or review. False by default.
   */
  importedHistory?: boolean;
}

/** The version the client last read: a stale one answers 409 with the record as it is now. */
export interface VersionedRequest {
  version: number;
}

/** `PATCH /api/cycles/:cycleId`: a cycle's name, period or deadline. */
export interface UpdateCycleRequest extends VersionedRequest {
  name?: string;
  periodStart?: string;
  periodEnd?: string;
  deadline?: string;
}

/** `PUT /api/cycles/:cycleId/framework`: the whole tree, while the cycle is a draft. */
export interface PutFrameworkRequest extends VersionedRequest {
  framework: FrameworkDocument;
}

/** `POST /api/cycles/:cycleId/reopen`: why the published results must change, at least 10 characters. */
export interface ReopenCycleRequest extends VersionedRequest {
  reason: string;
}

/** `POST /api/cycles/:cycleId/extensions`: one agency's extra time. */
export interface GrantExtensionRequest {
  agencyId: string;
  /** ISO 8601; later than the cycle's deadline. */
  until: string;
  reason: string;
}
