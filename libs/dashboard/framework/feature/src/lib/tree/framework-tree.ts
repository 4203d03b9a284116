import type { FrameworkDocumentNode } from '@prgauge/contracts';
import { NgTemplateOutlet } from '@angular/common';
import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { LocalNumberPipe, TranslatePipe, TranslationService } from '@prgauge/dashboard-shared-i18n';
import { inputElement } from '@prgauge/dashboard-shared-ui';
import { FrameworkEditorStore } from '../framework-editor.store';
import { levelWeights } from '../model/framework-checks';
import { NodePath, pathId, samePath } from '../model/framework-tree';

/**
 * The framework as nested lists: each level shows the live sum of its weights, each node its weight, share and
 * buttons to move, remove and add, all reachable by keyboard.
 */
@Component({
  selector: 'pr-framework-tree',
  imports: [NgTemplateOutlet, MatButtonModule, MatIconModule, LocalNumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './framework-tree.html',
  styleUrl: './framework-tree.scss',
})
export class FrameworkTree {
  protected readonly inputElement = inputElement;
  protected readonly store = inject(FrameworkEditorStore);
  private readonly translations = inject(TranslationService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly levelWeights = levelWeights;
  protected readonly pathId = pathId;

  /** Whole sums read as whole numbers; others keep two decimals. */
  protected fractionDigits(value: number): number {
    return Number.isInteger(value) ? 0 : 2;
  }

  protected childPath(parent: NodePath, index: number): NodePath {
    return [...parent, index];
  }

  protected isSelected(path: NodePath): boolean {
    return samePath(this.store.selected(), path);
  }

  /** The node's name in the current language, or its key while it has none. */
  protected label(node: FrameworkDocumentNode): string {
    return (
      this.translations.pick(node.name).trim() ||
      this.translations.t('framework.tree.unnamed', { key: node.key })
    );
  }

  protected hasProblems(path: NodePath): boolean {
    const id = pathId(path);
    return (
      (this.store.hintsByNode().get(id) ?? []).some((h) => !h.advisory) ||
      this.store.serverProblems().some((p) => p.path !== null && pathId(p.path) === id)
    );
  }

  protected setWeight(path: NodePath, input: HTMLInputElement): void {
    // A half-typed number ("1.") is not a value yet; keep the last one until it reads.
    if (input.validity.badInput) return;
    this.store.edit(path, (node) => ({ ...node, weight: input.valueAsNumber }));
  }

  protected move(path: NodePath, delta: -1 | 1): void {
    const moved = this.store.move(path, delta);
    // Keep the focus on the same button of the moved node, so repeated presses keep moving it.
    this.focusLater(`#move-${delta < 0 ? 'up' : 'down'}-${pathId(moved)}`, `#node-${pathId(moved)}`);
  }

  protected remove(path: NodePath): void {
    this.store.remove(path);
    const next = this.store.selected();
    this.focusLater(next ? `#node-${pathId(next)}` : '#add-index');
  }

  protected add(parent: NodePath | null, kind: 'group' | 'leaf'): void {
    const added = this.store.add(parent, kind);
    if (added) this.focusLater(`#node-${pathId(added)}`);
  }

  /** Focuses the first of these elements that is enabled once the view has caught up with the change. */
  private focusLater(...selectors: string[]): void {
    afterNextRender(
      () => {
        for (const selector of selectors) {
          const element = this.host.nativeElement.querySelector<HTMLButtonElement>(selector);
          if (element && !element.disabled) {
            element.focus();
            return;
          }
        }
      },
      { injector: this.injector },
    );
  }
}
