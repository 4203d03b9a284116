import { Injectable } from '@nestjs/common';
import {
  LETTERHEAD_EMBLEM_MAX_BYTES,
  type LetterheadEmblemType,
  type LetterheadView,
  type SessionUser,
} from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { InvalidFieldsException, StaleVersionException } from '../common/api-error';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertMay } from '../common/scope';
import { regionNames } from '../regions/region-references';
import type { LetterheadDto } from './dto/letterhead.dto';
import { RegionLetterhead } from './letterhead.entity';
import type { PrintedLetterhead } from './report-page';

const FORMAT_NAMES: Record<LetterheadEmblemType, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/svg+xml': 'SVG',
};

/** The image type the bytes really are, among those a letterhead takes: PNG and JPEG by signature, SVG by root. */
function emblemTypeOf(bytes: Buffer): LetterheadEmblemType | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (/<svg[\s>]/.test(bytes.subarray(0, 4096).toString('utf8'))) return 'image/svg+xml';
  return null;
}

/**
 * What an SVG emblem may not hold, since the dashboard shows it and a report prints it: scripts, event-handler
 * attributes, `javascript:` URLs, embedded HTML, entity declarations, and references (href, url(), @import) to
 * anything but its own fragments (`#id`) or inline `data:` images.
 */
const UNSAFE_SVG = [
  /<script[\s>/]/i,
  /\son[a-z]+\s*=/i,
  /javascript:/i,
  /<foreignObject[\s>/]/i,
  /<!ENTITY/i,
  /@import/i,
  /(?:href|src)\s*=\s*["']?\s*(?!#|data:image\/)[^"'\s>]/i,
  /url\(\s*["']?\s*(?!#|data:image\/)/i,
];

/**
 * A region's letterhead: read and replaced by its director (national admins: any region's), versioned and
 * audited. Reports print the region's own name until a letterhead is saved.
 */
@Injectable()
export class LetterheadService {
  constructor(
    private readonly manager: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async get(regionId: string, user: SessionUser): Promise<LetterheadView> {
    assertMay(user, 'region.letterhead.manage', { regionId }, 'region');
    return this.view(this.manager, regionId);
  }

  /** Replaces the whole letterhead; 409 with the current one when `version` is stale, 400 for a bad emblem. */
  async put(regionId: string, body: LetterheadDto, actor: Actor): Promise<LetterheadView> {
    assertMay(actor.user, 'region.letterhead.manage', { regionId }, 'region');
    const emblem = body.emblem ? checkedEmblem(body.emblem.mediaType, body.emblem.base64) : null;
    return this.manager.transaction(async (manager) => {
      const current = await this.view(manager, regionId, true);
      if (current.version !== body.version) throw new StaleVersionException(current);
      const row = {
        regionId,
        name: body.name,
        address: body.address ?? {},
        emblem,
        emblemType: body.emblem?.mediaType ?? null,
      };
      await manager.save(
        RegionLetterhead,
        current.version === 0 ? row : { ...row, version: current.version },
      );
      const next = await this.view(manager, regionId);
      await this.audit.record(manager, actor, {
        action: 'region.update',
        entity: 'region_letterhead',
        entityId: regionId,
        regionId,
        changes: fieldChanges(summary(current), summary(next), ['name', 'address', 'emblem']),
      });
      return next;
    });
  }

  /** The letterhead a report prints, for any region (the caller has checked access). */
  async printed(manager: EntityManager, regionId: string): Promise<PrintedLetterhead> {
    const view = await this.view(manager, regionId);
    return {
      name: view.name,
      address: view.address,
      emblem: view.emblem ? `data:${view.emblem.mediaType};base64,${view.emblem.base64}` : null,
    };
  }

  private async view(manager: EntityManager, regionId: string, lock = false): Promise<LetterheadView> {
    const names = await regionNames(manager, regionId);
    if (!names) throw new RecordNotFoundException('region');
    const query = manager
      .getRepository(RegionLetterhead)
      .createQueryBuilder('l')
      .where('l.region_id = :regionId', { regionId });
    const row = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    if (!row) return { regionId, name: names, address: {}, emblem: null, version: 0 };
    return {
      regionId,
      name: row.name,
      address: row.address,
      emblem:
        row.emblem && row.emblemType
          ? { mediaType: row.emblemType, base64: row.emblem.toString('base64') }
          : null,
      version: row.version,
    };
  }
}

function checkedEmblem(type: LetterheadEmblemType, base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > LETTERHEAD_EMBLEM_MAX_BYTES)
    throw new InvalidFieldsException([
      {
        field: 'emblem.base64',
        code: 'letterhead.emblem_too_large',
        params: { max: LETTERHEAD_EMBLEM_MAX_BYTES },
        problems: [`The emblem may be at most ${LETTERHEAD_EMBLEM_MAX_BYTES} bytes`],
      },
    ]);
  const actual = emblemTypeOf(bytes);
  if (actual === null)
    throw new InvalidFieldsException([
      {
        field: 'emblem.mediaType',
        code: 'letterhead.emblem_type',
        problems: ['The emblem must be a PNG, JPEG or SVG image'],
      },
    ]);
  if (actual !== type) {
    const params = { declared: FORMAT_NAMES[type], actual: FORMAT_NAMES[actual] };
    throw new InvalidFieldsException([
      {
        field: 'emblem.mediaType',
        code: 'letterhead.emblem_mismatch',
        params,
        problems: [`The file is a ${params.actual} image, not ${params.declared}`],
      },
    ]);
  }
  const text = actual === 'image/svg+xml' ? bytes.toString('utf8') : '';
  if (UNSAFE_SVG.some((pattern) => pattern.test(text)))
    throw new InvalidFieldsException([
      {
        field: 'emblem.base64',
        code: 'letterhead.emblem_unsafe',
        problems: ['The SVG emblem may not hold scripts, event handlers or external references'],
      },
    ]);
  return bytes;
}

/** What the audit trail keeps of a letterhead: the texts, and of the emblem only its type and size. */
function summary(view: LetterheadView): Record<'name' | 'address' | 'emblem', unknown> {
  const emblem = view.emblem
    ? `${view.emblem.mediaType}, ${Buffer.from(view.emblem.base64, 'base64').length} bytes`
    : null;
  return { name: view.name, address: view.address, emblem };
}
