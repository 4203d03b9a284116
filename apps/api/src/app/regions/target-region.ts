import type { SessionUser } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import { InvalidFieldsException } from '../common/api-error';
import { RecordNotFoundException } from '../common/record-not-found';
import { regionExists } from './region-references';

/**
 * The region a new record goes into: a regional user's own, or the existing region a national admin names. Anyone
 * else naming another region gets 404 `region` (as `regionFor`), never a record in their own region instead.
 */
export async function targetRegion(
  manager: EntityManager,
  user: SessionUser,
  requested: string | undefined,
): Promise<string> {
  if (user.role !== 'admin' && requested !== undefined && requested !== user.regionId)
    throw new RecordNotFoundException('region');
  const regionId = user.role === 'admin' ? requested : user.regionId;
  if (!regionId)
    throw new InvalidFieldsException([
      { field: 'regionId', code: 'field.required', problems: ['is required for a national admin'] },
    ]);
  if (!(await regionExists(manager, regionId)))
    throw new InvalidFieldsException([
      {
        field: 'regionId',
        code: 'field.unknown_reference',
        params: { value: regionId },
        problems: ['is not a known region'],
      },
    ]);
  return regionId;
}
