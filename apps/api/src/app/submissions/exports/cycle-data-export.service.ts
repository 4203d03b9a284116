import { Injectable } from '@nestjs/common';
import type { Locale, SessionUser } from '@prgauge/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { agencyProfilesById } from '../../agencies/agency-profiles.facade';
import { RecordNotFoundException } from '../../common/record-not-found';
import { visibleCycle } from '../../cycles/cycle-record.facade';
import { defaultLocaleOfRegion } from '../../regions/region-default-locale';
import { Submission } from '../submission.entity';
import { cycleDataCsv, cycleDataWorkbook } from './cycle-data-files';
import { loadCycleData } from './cycle-data.loader';
import { cycleDataTable } from './cycle-data-table';

/** The note an export of imported history carries, in the reader's language. */
const HISTORY_NOTE: Record<Locale, string> = {
  ru: 'Импортированная история: значения перенесены из прежних таблиц дирекции',
  kk: 'Импортталған тарих: мәндер дирекцияның бұрынғы кестелерінен көшірілді',
  fa: 'سابقهٔ واردشده: مقادیر از جدول‌های پیشین اداره منتقل شده است',
  en: 'Imported history: values brought in from the directorate’s earlier workbooks',
};

export interface DataExportFile {
  fileName: string;
  content: Buffer;
}

/**
 * A cycle's full data as a file: every agency of the region for directors and evaluators, an agency editor's
 * own agency alone; another region's cycle answers 404 as if it did not exist.
 */
@Injectable()
export class CycleDataExportService {
  constructor(@InjectRepository(Submission) private readonly submissions: Repository<Submission>) {}

  /**
   * @param origin the product's public address (`PUBLIC_URL`, `https://prgauge.example`), for evidence links.
   * @param lang names in this language; the reader's own, else the region's, when absent.
   */
  async export(
    cycleId: string,
    user: SessionUser,
    format: 'xlsx' | 'csv',
    origin: string,
    lang?: Locale,
  ): Promise<DataExportFile> {
    const manager = this.submissions.manager;
    const cycle = await visibleCycle(manager, cycleId, user);
    // An editor without an agency has no data to see, as if the cycle were not there.
    if (user.role === 'agency_editor' && !user.agencyId) throw new RecordNotFoundException('cycle');
    const own = user.role === 'agency_editor' && user.agencyId ? [user.agencyId] : null;
    const data = await loadCycleData(manager, cycle.id, own);
    const agencies = await agencyProfilesById(
      manager,
      data.map((d) => d.agencyId),
    );
    const locale = lang ?? user.locale ?? (await defaultLocaleOfRegion(manager, cycle.regionId));
    const table = cycleDataTable(
      cycle.framework,
      [...agencies.values()],
      data,
      locale,
      (id) => `${origin}/api/evidence/${id}/content`,
    );
    const fileName = `data-${cycle.name}.${format}`;
    if (format === 'csv') return { fileName, content: cycleDataCsv(table) };
    const history = cycle.importedHistory ? HISTORY_NOTE[locale] : null;
    return { fileName, content: await cycleDataWorkbook(table, history) };
  }
}
