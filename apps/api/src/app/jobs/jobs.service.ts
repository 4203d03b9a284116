import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { JobView, Page, SessionUser } from '@prgauge/contracts';
import { Repository } from 'typeorm';
import { ApiException } from '../common/api-error';
import { pageOf, pageRowsOf, type PageWindow } from '../common/paging';
import { RecordNotFoundException } from '../common/record-not-found';
import { assertMay } from '../common/scope';
import { BackgroundJob } from './background-job.entity';
import type { JobResultFile } from './job-handlers';

/** The record as its readers see it. */
export function jobViewOf(job: BackgroundJob): JobView {
  const iso = (at: Date | null) => (at ? at.toISOString() : null);
  return {
    id: job.id,
    kind: job.kind,
    label: job.label,
    regionId: job.regionId,
    requestedBy: job.requestedBy,
    state: job.state,
    progress: { done: job.progressDone, total: job.progressTotal },
    result:
      job.state === 'done' && job.resultFileName && job.resultContentType
        ? { fileName: job.resultFileName, contentType: job.resultContentType, sizeBytes: job.resultSize ?? 0 }
        : null,
    errorCode: job.errorCode,
    createdAt: job.createdAt.toISOString(),
    startedAt: iso(job.startedAt),
    finishedAt: iso(job.finishedAt),
    expiresAt: iso(job.expiresAt),
  };
}

/** Reading background jobs: their requester, the directors of their region and national admins. */
@Injectable()
export class JobsService {
  constructor(@InjectRepository(BackgroundJob) private readonly jobs: Repository<BackgroundJob>) {}

  /**
   * The jobs the caller may follow, newest first: a director's whole region, a national admin's every region,
   * anyone else's own.
   */
  async list(user: SessionUser, window: PageWindow): Promise<Page<JobView>> {
    const where =
      user.role === 'admin'
        ? {}
        : user.role === 'director'
          ? { regionId: user.regionId ?? '' }
          : { requestedBy: user.id };
    const [rows, total] = await pageRowsOf(
      this.jobs.manager,
      this.jobs.createQueryBuilder().setFindOptions({
        where,
        order: { createdAt: 'DESC', id: 'DESC' },
        take: window.limit,
        skip: window.offset,
      }),
      window,
    );
    return pageOf(rows.map(jobViewOf), total, window);
  }

  /** One job; 404 `record.not_found` when missing or not the caller's to follow. */
  async get(id: string, user: SessionUser): Promise<JobView> {
    return jobViewOf(await this.readable(id, user));
  }

  /** The result file; 409 `job.not_done` (with the job's state) until the job is done. */
  async result(id: string, user: SessionUser): Promise<JobResultFile> {
    const job = await this.readable(id, user);
    if (job.state !== 'done')
      throw new ApiException(HttpStatus.CONFLICT, 'job.not_done', { state: job.state });
    const stored = await this.jobs.findOneOrFail({
      where: { id },
      select: { id: true, resultFileName: true, resultContentType: true, resultContent: true },
    });
    return {
      fileName: stored.resultFileName ?? 'result',
      contentType: stored.resultContentType ?? 'application/octet-stream',
      bytes: stored.resultContent ?? Buffer.alloc(0),
    };
  }

  private async readable(id: string, user: SessionUser): Promise<BackgroundJob> {
    const job = await this.jobs.findOneBy({ id });
    if (!job) throw new RecordNotFoundException('job');
    assertMay(user, 'job.read', { regionId: job.regionId, ownerId: job.requestedBy }, 'job');
    return job;
  }
}
