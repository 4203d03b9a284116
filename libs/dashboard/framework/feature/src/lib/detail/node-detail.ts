import {
  isFrameworkGroup,
  type FrameworkDocumentLeaf,
  type FrameworkDocumentNode,
  type LeafSource,
} from '@prgauge/contracts';
import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { Direction, Measure, MeasureType, Normalization } from '@prgauge/scoring';
import { TrainingApi } from '@prgauge/dashboard-training-data-access';
import {
  LOCALE_INFO,
  LocalizedPipe,
  RefusalText,
  TranslatePipe,
  TranslationService,
} from '@prgauge/dashboard-shared-i18n';
import { inputElement, inputValue, ReadFailed } from '@prgauge/dashboard-shared-ui';
import { FrameworkEditorStore } from '../framework-editor.store';
import type { NodeField } from '../model/framework-checks';
import { pathId } from '../model/framework-tree';
import { NodeTexts } from './node-texts';
import { measureWithType, sourceChange } from './leaf-settings';
import { readRefusal } from '@prgauge/dashboard-shared-data-access';

/** The selected node's settings: key and weight, and on a leaf its measure, scoring, source and evidence. */
@Component({
  selector: 'pr-node-detail',
  imports: [
    ReadFailed,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    LocalizedPipe,
    TranslatePipe,
    NodeTexts,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './node-detail.html',
  styleUrl: './node-detail.scss',
})
export class NodeDetail {
  protected readonly inputElement = inputElement;
  protected readonly inputValue = inputValue;
  protected readonly store = inject(FrameworkEditorStore);
  private readonly translations = inject(TranslationService);
  private readonly refusals = inject(RefusalText);
  private readonly training = inject(TrainingApi);

  protected readonly types: MeasureType[] = ['number', 'percent', 'boolean', 'rating'];
  protected readonly sources: LeafSource[] = ['agency', 'evaluator', 'computed'];
  protected readonly methods = ['default', 'minmax', 'goalposts', 'rank'] as const;

  protected readonly node = this.store.selectedNode;
  protected readonly leaf = computed(() => {
    const node = this.node();
    return node && !isFrameworkGroup(node) ? node : null;
  });
  protected readonly topics = resource({
    params: () => (this.leaf()?.source === 'computed' ? true : undefined),
    loader: () => this.training.topics(),
  });
  /** An empty choice of topics would read as "the region has no training topics". */
  protected readonly topicsRefusal = readRefusal(this.topics);

  /** What is wrong with each field of the selected node: the editor's own checks, then the server's. */
  protected readonly problems = computed(() => {
    const byField = new Map<NodeField | null, string[]>();
    const path = this.store.selected();
    if (!path) return byField;
    const id = pathId(path);
    const add = (field: NodeField | null, text: string) =>
      byField.set(field, [...(byField.get(field) ?? []), text]);
    const locale = LOCALE_INFO[this.store.defaultLocale()].nativeName;
    for (const hint of this.store.hintsByNode().get(id) ?? [])
      add(hint.field, this.translations.t(`framework.hint.${hint.code}`, { locale }));
    for (const problem of this.store.serverProblems())
      if (problem.path && pathId(problem.path) === id)
        add(problem.field, this.refusals.field(problem.problem));
    return byField;
  });

  protected problemsOf(field: NodeField | null): string[] {
    return this.problems().get(field) ?? [];
  }

  private edit(change: (node: FrameworkDocumentNode) => FrameworkDocumentNode): void {
    const path = this.store.selected();
    if (path) this.store.edit(path, change);
  }

  /** Changes the selected node when it is a leaf; a group has no measure, source or evidence rule. */
  private editLeaf(change: (leaf: FrameworkDocumentLeaf) => FrameworkDocumentLeaf): void {
    this.edit((node) => (isFrameworkGroup(node) ? node : change(node)));
  }

  protected setKey(key: string): void {
    this.edit((node) => ({ ...node, key }));
  }

  protected setWeight(input: HTMLInputElement): void {
    if (!input.validity.badInput) this.edit((node) => ({ ...node, weight: input.valueAsNumber }));
  }

  private editMeasure(change: (measure: Measure) => Measure): void {
    this.editLeaf((leaf) => ({ ...leaf, measure: change(leaf.measure) }));
  }

  protected setType(type: MeasureType): void {
    this.editMeasure((measure) => measureWithType(measure, type));
  }

  protected setDirection(direction: Direction): void {
    this.editMeasure((measure) => ({ ...measure, direction }));
  }

  protected setNumber(field: 'max', input: HTMLInputElement): void {
    if (!input.validity.badInput)
      this.editMeasure((measure) => ({ ...measure, [field]: input.valueAsNumber }));
  }

  protected setPer(per: string): void {
    this.editMeasure(({ per: _old, ...measure }) => (per.trim() ? { ...measure, per: per.trim() } : measure));
  }

  protected methodOf(measure: Measure): (typeof this.methods)[number] {
    return measure.normalize?.method ?? 'default';
  }

  protected setMethod(method: (typeof this.methods)[number]): void {
    this.editMeasure(({ normalize: _old, ...measure }) => {
      if (method === 'default') return measure;
      const normalize: Normalization = method === 'goalposts' ? { method, min: 0, max: 100 } : { method };
      return { ...measure, normalize };
    });
  }

  /** The goalposts of a measure normalised between two fixed ends; null for any other method. */
  protected goalpostsOf(measure: Measure): { min: number; max: number } | null {
    return measure.normalize?.method === 'goalposts' ? measure.normalize : null;
  }

  protected setGoalpost(end: 'min' | 'max', input: HTMLInputElement): void {
    if (input.validity.badInput) return;
    this.editMeasure((measure) =>
      measure.normalize?.method === 'goalposts'
        ? { ...measure, normalize: { ...measure.normalize, [end]: input.valueAsNumber } }
        : measure,
    );
  }

  protected setSource(source: LeafSource): void {
    this.editLeaf((leaf) => sourceChange(leaf, source));
  }

  protected setTopics(topics: string[]): void {
    this.editLeaf((leaf) => ({ ...leaf, rule: { training: topics.length ? { topics } : {} } }));
  }

  protected setEvidence(evidenceRequired: boolean): void {
    this.editLeaf((leaf) => ({ ...leaf, evidenceRequired }));
  }
}
