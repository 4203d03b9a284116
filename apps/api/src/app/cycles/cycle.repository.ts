import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { Cycle } from './cycle.entity';

/** The columns a lifecycle step writes. */
export type CycleStatusChange = Partial<Pick<Cycle, 'status' | 'publication' | 'publishedAt' | 'version'>>;

/** A cycle to store: every column but those the database fills in. */
export type NewCycle = Omit<Cycle, 'id' | 'version' | 'createdAt' | 'publishedAt'>;

/** The `cycle` table, for the cycles module only: other modules read cycles through `cycle-record.facade.ts`. */
@Injectable()
export class CycleRepository {
  constructor(@InjectRepository(Cycle) private readonly cycles: Repository<Cycle>) {}

  /** Runs `work` in one transaction: a lifecycle step and everything it writes in other modules commit together. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.cycles.manager.transaction(work);
  }

  /** The cycle, row-locked until the transaction ends, so two steps on one cycle run one after the other; null when absent. */
  lock(manager: EntityManager, cycleId: string): Promise<Cycle | null> {
    return manager
      .getRepository(Cycle)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id: cycleId })
      .getOne();
  }

  /** Stores a new cycle; its id, version and creation time come back filled in. */
  insert(manager: EntityManager, cycle: NewCycle): Promise<Cycle> {
    return manager.save(Cycle, cycle);
  }

  async update(manager: EntityManager, cycleId: string, change: CycleStatusChange): Promise<void> {
    await manager.update(Cycle, cycleId, change);
  }
}
