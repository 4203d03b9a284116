import {
  regionDefaultLocale,
  type CycleView,
  type FrameworkDocument,
  type FrameworkDocumentNode,
  type Locale,
} from '@prgauge/contracts';
import { computed, inject, Injectable, signal } from '@angular/core';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { ResultsApi } from '@prgauge/dashboard-results-data-access';
import { apiProblemOf, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { RefusalText } from '@prgauge/dashboard-shared-i18n';
import { frameworkHints, hintsByNode } from './model/framework-checks';
import {
  addNode,
  moveNode,
  NodePath,
  nodeAt,
  pathAfterRemoval,
  removeNode,
  samePath,
  updateNode,
} from './model/framework-tree';
import { placeServerProblems, ServerProblem } from './model/server-problems';

export type SaveState = 'idle' | 'saving' | 'saved' | 'invalid' | 'conflict' | 'error';

/**
 * One cycle's framework while a director edits it: the tree as it stands on screen, the version it was read at,
 * and what the API said about the last save. Nothing reaches the server until the whole tree is saved.
 */
@Injectable()
export class FrameworkEditorStore {
  private readonly api = inject(ResultsApi);
  private readonly organisation = inject(OrganisationApi);
  private readonly session = inject(SessionStore);
  private readonly refusals = inject(RefusalText);

  readonly cycle = signal<CycleView | null>(null);
  readonly framework = signal<FrameworkDocument | null>(null);
  readonly version = signal(0);
  private readonly savedJson = signal('');
  readonly selected = signal<NodePath | null>(null);
  readonly saveState = signal<SaveState>('idle');
  /** Why the last save failed, worded from the refusal's code. */
  readonly saveFailure = signal<string | null>(null);
  readonly serverProblems = signal<ServerProblem[]>([]);
  readonly loading = signal(false);
  readonly loadError = signal<string | null>(null);

  readonly mayEdit = computed(() => {
    const cycle = this.cycle();
    return cycle !== null && this.session.can('cycle.framework.edit', cycle);
  });
  readonly editable = computed(() => this.mayEdit() && this.cycle()?.status === 'draft');
  readonly dirty = computed(() => {
    const framework = this.framework();
    return framework !== null && JSON.stringify(framework) !== this.savedJson();
  });
  /** The language every node must be named in: the cycle's region's default. */
  readonly defaultLocale = signal<Locale>(regionDefaultLocale(null));
  readonly hints = computed(() =>
    frameworkHints(this.framework() ?? { indicators: [] }, this.defaultLocale()),
  );
  readonly hintsByNode = computed(() => hintsByNode(this.hints()));
  readonly blocking = computed(() => this.hints().filter((h) => !h.advisory).length);
  readonly selectedNode = computed(() => {
    const path = this.selected();
    const framework = this.framework();
    return path && framework ? (nodeAt(framework, path) ?? null) : null;
  });
  /** Problems from the last save that name no node, worded, each after the path it names. */
  readonly generalProblems = computed(() =>
    this.serverProblems()
      .filter((p) => p.path === null)
      .map((p) => `${p.problem.field}: ${this.refusals.field(p.problem)}`),
  );

  async load(cycleId: string): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const [cycle, stored, regions] = await Promise.all([
        this.api.cycle(cycleId),
        this.api.framework(cycleId),
        this.organisation.regions(),
      ]);
      this.cycle.set(cycle);
      this.defaultLocale.set(regionDefaultLocale(regions.find((r) => r.id === cycle.regionId)));
      this.adopt(stored.version, stored.framework);
    } catch (error) {
      this.loadError.set(this.refusals.summary(apiProblemOf(error)));
    } finally {
      this.loading.set(false);
    }
  }

  /** Shows the framework as the server has it, dropping local edits. */
  private adopt(version: number, framework: FrameworkDocument): void {
    this.version.set(version);
    this.framework.set(framework);
    this.savedJson.set(JSON.stringify(framework));
    this.serverProblems.set([]);
    this.saveFailure.set(null);
    const selected = this.selected();
    if (!selected || !nodeAt(framework, selected))
      this.selected.set(framework.indicators.length ? [0] : null);
  }

  /** Takes the server's version of the framework as the one saved, keeping the tree on screen. */
  private adoptVersion(version: number, framework: FrameworkDocument): void {
    this.version.set(version);
    this.savedJson.set(JSON.stringify(framework));
    this.serverProblems.set([]);
  }

  select(path: NodePath): void {
    this.selected.set(path);
  }

  /** Changes one node; what the server said about that node no longer applies. */
  edit(path: NodePath, change: (node: FrameworkDocumentNode) => FrameworkDocumentNode): void {
    this.change((framework) => updateNode(framework, path, change));
    this.serverProblems.update((problems) => problems.filter((p) => !samePath(p.path, path)));
  }

  editFramework(change: Partial<Pick<FrameworkDocument, 'scale' | 'missing'>>): void {
    this.change((framework) => ({ ...framework, ...change }));
  }

  add(parent: NodePath | null, kind: 'group' | 'leaf'): NodePath | null {
    const framework = this.framework();
    if (!framework) return null;
    const added = addNode(framework, parent, kind);
    this.change(() => added.framework);
    this.selected.set(added.path);
    return added.path;
  }

  remove(path: NodePath): void {
    const framework = this.framework();
    if (!framework) return;
    const next = removeNode(framework, path);
    this.change(() => next);
    this.selected.set(pathAfterRemoval(next, path));
  }

  move(path: NodePath, delta: -1 | 1): NodePath {
    const framework = this.framework();
    if (!framework) return path;
    const moved = moveNode(framework, path, delta);
    this.change(() => moved.framework);
    this.selected.set(moved.path);
    return moved.path;
  }

  /** Sends the whole tree with the version it was read at; never while a hint says the API would refuse it. */
  async save(): Promise<void> {
    const cycle = this.cycle();
    const framework = this.framework();
    if (!cycle || !framework || this.saveState() === 'saving') return;
    if (this.blocking() > 0) {
      this.saveState.set('invalid');
      return;
    }
    this.saveState.set('saving');
    this.saveFailure.set(null);
    try {
      const saved = await this.api.putFramework(cycle.id, this.version(), framework);
      // Edits made while the save was on its way stay on screen, unsaved, on top of the version it returned.
      const editedMeanwhile = this.framework() !== framework;
      if (editedMeanwhile) this.adoptVersion(saved.version, saved.framework);
      else this.adopt(saved.version, saved.framework);
      this.cycle.set({ ...cycle, version: saved.version });
      this.saveState.set(editedMeanwhile ? 'idle' : 'saved');
    } catch (error) {
      const problem = apiProblemOf(error);
      this.saveFailure.set(this.refusals.summary(problem));
      if (problem.status === 409 && problem.current) this.saveState.set('conflict');
      else if (problem.status === 409) this.saveState.set('error');
      else if (problem.details.length) {
        this.serverProblems.set(placeServerProblems(problem.details));
        this.saveState.set('invalid');
      } else this.saveState.set('error');
    }
  }

  /** Drops local edits and reads the framework again, after someone else saved first. */
  async reload(): Promise<void> {
    const cycle = this.cycle();
    if (!cycle) return;
    this.saveState.set('idle');
    await this.load(cycle.id);
  }

  private change(edit: (framework: FrameworkDocument) => FrameworkDocument): void {
    const framework = this.framework();
    if (!framework || !this.editable()) return;
    this.framework.set(edit(framework));
    if (this.saveState() === 'saved') this.saveState.set('idle');
  }
}
