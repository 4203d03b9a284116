import { ChangeDetectionStrategy, Component, effect, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { MissingPolicy } from '@prgauge/scoring';
import { LocalNumberPipe, TranslatePipe, TranslationService } from '@prgauge/dashboard-shared-i18n';
import { inputNumber } from '@prgauge/dashboard-shared-ui';
import { FrameworkEditorStore } from './framework-editor.store';
import { FrameworkTree } from './tree/framework-tree';
import { NodeDetail } from './detail/node-detail';
import type { HoldsUnsavedChanges } from './unsaved-changes.guard';

/** A draft cycle's framework tree, edited as a whole and saved with the version it was read at. */
@Component({
  selector: 'pr-framework-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    LocalNumberPipe,
    TranslatePipe,
    FrameworkTree,
    NodeDetail,
  ],
  providers: [FrameworkEditorStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './framework-page.html',
  styleUrl: './framework-page.scss',
  host: { '(window:beforeunload)': 'warnBeforeUnload($event)' },
})
export class FrameworkPage implements HoldsUnsavedChanges {
  protected readonly inputNumber = inputNumber;
  protected readonly store = inject(FrameworkEditorStore);
  private readonly translations = inject(TranslationService);

  readonly cycleId = input.required<string>();

  constructor() {
    effect(() => void this.store.load(this.cycleId()));
  }

  hasUnsavedChanges(): boolean {
    return this.store.dirty();
  }

  leaveQuestion(): string {
    return this.translations.t('framework.leaveConfirm');
  }

  /** Closing the tab or reloading with unsaved edits makes the browser ask first. */
  protected warnBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.store.dirty()) event.preventDefault();
  }

  /** A name in another script keeps its own direction inside the sentence around it. */
  protected isolated(name: string): string {
    return `\u2068${name}\u2069`;
  }

  protected setScale(value: number): void {
    this.store.editFramework({ scale: value });
  }

  protected setMissing(value: MissingPolicy): void {
    this.store.editFramework({ missing: value });
  }
}
