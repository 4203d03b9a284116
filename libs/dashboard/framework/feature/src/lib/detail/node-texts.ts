import {
  isFrameworkGroup,
  type FrameworkDocumentNode,
  type Locale,
  type LocalizedText,
} from '@prgauge/contracts';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  ViewEncapsulation,
} from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatTabsModule } from '@angular/material/tabs';
import { LOCALE_INFO, TranslatePipe } from '@prgauge/dashboard-shared-i18n';
import { inputValue } from '@prgauge/dashboard-shared-ui';
import { FrameworkEditorStore } from '../framework-editor.store';
import { LANGUAGES } from '../model/framework-tree';

type TextField = 'name' | 'unit' | 'help' | 'description';

/** A text as one language's value, whether the node keeps it per language or as one plain string. */
const textIn = (text: string | LocalizedText | undefined, locale: Locale): string =>
  typeof text === 'string' ? text : (text?.[locale] ?? '');

/** A node's text field; a group has only its name. */
const textOf = (node: FrameworkDocumentNode, field: TextField): string | LocalizedText | undefined =>
  field === 'name' ? node.name : isFrameworkGroup(node) ? undefined : node[field];

/**
 * A node's texts with a tab per language; each input is written in its own language's direction, so Persian is
 * typed right to left whatever the page's language.
 */
@Component({
  selector: 'pr-node-texts',
  imports: [MatFormFieldModule, MatInputModule, MatTabsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './node-texts.html',
  styleUrl: './node-texts.scss',
  // The tabs' own padding is inside Material's template; the styles are scoped by the element name instead.
  encapsulation: ViewEncapsulation.None,
})
export class NodeTexts {
  protected readonly inputValue = inputValue;
  protected readonly store = inject(FrameworkEditorStore);

  readonly node = input.required<FrameworkDocumentNode>();
  /** Problems with the name, shown under it in every tab. */
  readonly problems = input<string[]>([]);

  protected readonly languages = LANGUAGES.map((code) => LOCALE_INFO[code]);
  protected readonly fields = computed<TextField[]>(() =>
    isFrameworkGroup(this.node()) ? ['name'] : ['name', 'unit', 'help', 'description'],
  );
  protected readonly textIn = textIn;
  protected readonly textOf = textOf;

  protected setText(field: TextField, locale: Locale, value: string): void {
    const path = this.store.selected();
    if (!path) return;
    this.store.edit(path, (node) => {
      const current = textOf(node, field);
      const base: LocalizedText =
        typeof current === 'string'
          ? { ru: current, kk: current, fa: current, en: current }
          : { ru: '', kk: '', fa: '', en: '', ...current };
      const text = { ...base, [locale]: value };
      if (field === 'name') return { ...node, name: text };
      return isFrameworkGroup(node) ? node : { ...node, [field]: text };
    });
  }
}
