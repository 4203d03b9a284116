import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { LIMITS, type LocalizedText, type TrainingTopicView } from '@prgauge/contracts';
import { TrainingApi } from '@prgauge/dashboard-training-data-access';
import { LocalizedPipe, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import {
  cleanLocalizedText as cleanName,
  LocalizedFields,
  ReadFailed,
  withLocaleText,
} from '@prgauge/dashboard-shared-ui';
import { readRefusal } from '@prgauge/dashboard-shared-data-access';
import { TrainingLookups } from '@prgauge/dashboard-training-data-access';
import { TrainingTabs } from '@prgauge/dashboard-training-ui';
import { topicCodeFor } from './topic-code';

type TopicNotice = 'added' | 'renamed' | 'retired' | 'restored' | 'nameMissing' | 'failed' | null;

/** The region's editable list of training topics: add, rename, retire and bring back. */
@Component({
  selector: 'pr-training-topics-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    LocalizedFields,
    ReadFailed,
    TrainingTabs,
    TranslatePipe,
    LocalizedPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './topics-page.html',
  styleUrl: './topics-page.scss',
})
export class TopicsPage {
  protected readonly withText = withLocaleText;
  protected readonly nameMax = LIMITS.localizedText.max;
  private readonly api = inject(TrainingApi);
  protected readonly lookups = inject(TrainingLookups);
  /** An empty table would read as "the region has no topics". */
  protected readonly topicsRefusal = readRefusal(this.lookups.topics);

  /** Active topics first, so that the list reads as what events can choose today. */
  protected readonly topics = computed(() =>
    [...(this.lookups.topics.hasValue() ? this.lookups.topics.value() : [])].sort(
      (a, b) => Number(b.active) - Number(a.active),
    ),
  );
  protected readonly newName = signal<LocalizedText>({});
  protected readonly renaming = signal<{ id: string; name: LocalizedText } | null>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal<TopicNotice>(null);

  protected async add(): Promise<void> {
    const name = cleanName(this.newName());
    if (!name) return this.notice.set('nameMissing');
    const code = topicCodeFor(
      name,
      this.topics().map((t) => t.code),
    );
    if (await this.run(() => this.api.createTopic(code, name), 'added')) this.newName.set({});
  }

  protected startRename(topic: TrainingTopicView): void {
    this.renaming.set({ id: topic.id, name: { ...topic.name } });
    this.notice.set(null);
  }

  protected async saveRename(): Promise<void> {
    const editing = this.renaming();
    if (!editing) return;
    const name = cleanName(editing.name);
    if (!name) return this.notice.set('nameMissing');
    if (await this.run(() => this.api.updateTopic(editing.id, { name }), 'renamed')) this.renaming.set(null);
  }

  protected setActive(topic: TrainingTopicView, active: boolean): Promise<boolean> {
    return this.run(() => this.api.updateTopic(topic.id, { active }), active ? 'restored' : 'retired');
  }

  private async run(write: () => Promise<unknown>, done: TopicNotice): Promise<boolean> {
    this.busy.set(true);
    this.notice.set(null);
    try {
      await write();
      this.lookups.topics.reload();
      this.notice.set(done);
      return true;
    } catch {
      this.notice.set('failed');
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
