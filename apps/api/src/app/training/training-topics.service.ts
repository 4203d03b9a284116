import { Injectable } from '@nestjs/common';
import { TakenException } from '../common/api-error';
import { RecordNotFoundException } from '../common/record-not-found';
import type { SessionUser, TrainingTopicView } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { regionFor } from '../common/scope';
import { targetRegion } from '../regions/target-region';
import { CreateTrainingTopicDto, UpdateTrainingTopicDto } from './dto/training-topic.dto';
import { assertMayManageTraining } from './training-access';
import { TrainingTopic } from './training-topic.entity';

const view = (t: TrainingTopic): TrainingTopicView => ({
  id: t.id,
  regionId: t.regionId,
  code: t.code,
  name: t.name,
  active: t.active,
});

/** Each region's editable list of training topics. */
@Injectable()
export class TrainingTopicsService {
  constructor(
    private readonly manager: EntityManager,
    private readonly audit: AuditService,
  ) {}

  async list(user: SessionUser, requestedRegion?: string): Promise<TrainingTopicView[]> {
    const regionId = regionFor(user, requestedRegion);
    const topics = await this.manager
      .getRepository(TrainingTopic)
      .find({ where: regionId ? { regionId } : {}, order: { regionId: 'ASC', code: 'ASC' } });
    return topics.map(view);
  }

  async create(body: CreateTrainingTopicDto, actor: Actor): Promise<TrainingTopicView> {
    return this.manager.transaction(async (manager) => {
      const regionId = await targetRegion(manager, actor.user, body.regionId);
      await assertMayManageTraining(manager, actor.user, 'training.topic.manage', regionId);
      if (await manager.existsBy(TrainingTopic, { regionId, code: body.code }))
        throw new TakenException('code', body.code);
      const topic = await manager.save(TrainingTopic, {
        regionId,
        code: body.code,
        name: body.name,
        active: true,
      });
      await this.audit.record(manager, actor, {
        action: 'training.topic.create',
        entity: 'training_topic',
        entityId: topic.id,
        regionId,
        changes: fieldChanges(null, topic, ['code', 'name', 'active']),
      });
      return view(topic);
    });
  }

  async update(topicId: string, body: UpdateTrainingTopicDto, actor: Actor): Promise<TrainingTopicView> {
    return this.manager.transaction(async (manager) => {
      const topic = await manager.findOneBy(TrainingTopic, { id: topicId });
      if (!topic) throw new RecordNotFoundException('training_topic');
      await assertMayManageTraining(
        manager,
        actor.user,
        'training.topic.manage',
        topic.regionId,
        'training_topic',
      );
      const saved = await manager.save(TrainingTopic, {
        ...topic,
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.active !== undefined ? { active: body.active } : {}),
      });
      await this.audit.record(manager, actor, {
        action: 'training.topic.update',
        entity: 'training_topic',
        entityId: topic.id,
        regionId: topic.regionId,
        changes: fieldChanges(topic, saved, ['name', 'active']),
      });
      return view(saved);
    });
  }
}
