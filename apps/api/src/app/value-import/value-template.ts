import type { FrameworkDocumentLeaf, FrameworkDocumentNode, Locale } from '@prgauge/contracts';
import { Workbook, type Worksheet } from 'exceljs';
import { YES_NO_WORDS } from '../common/tabular/yes-no';
import { largestValue } from '../submissions/value-rules';
import type { CheckedAgency } from './value-check';
import { AGENCY_CODE_COLUMN } from './value-file';
import { TEMPLATE_TEXTS, textIn } from './template-texts';

/**
 * The column title's tail for a leaf divided by an agency attribute before scoring (`Measure.per`):
 * the person enters the total, and the scoring divides it (by PR staff in the built-in framework).
 */
const ENTERED_TOTAL: Record<Locale, string> = {
  ru: 'всего (делится на число сотрудников пресс-службы)',
  kk: 'барлығы (баспасөз қызметкерлерінің санына бөлінеді)',
  fa: 'مجموع (بر تعداد کارکنان روابط عمومی تقسیم می‌شود)',
  en: 'total (divided by the number of PR staff)',
};

/** What a template is made of: the framework's tree and agency leaves, the agencies with their stored values. */
export interface TemplateInput {
  locale: Locale;
  tree: readonly FrameworkDocumentNode[];
  leaves: readonly FrameworkDocumentLeaf[];
  agencies: readonly (CheckedAgency & { values: ReadonlyMap<string, number | null> })[];
}

/**
 * The value template of a cycle as an XLSX workbook. Sheet 1: a row per agency (code, name), a column per leaf
 * agencies fill, headed by its title and unit in `locale`, with the leaf keys in a hidden second row (what the
 * import reads back, whatever the titles), cell validation (a decimal from 0 to its maximum, with a prompt on percent cells asking for the
 * number of percent; a yes/no list), and
 * the stored values filled in, so that uploading it unchanged changes nothing. Sheet 2: the framework as a tree.
 * Persian sheets read right to left.
 */
export async function valueTemplateWorkbook(input: TemplateInput): Promise<Buffer> {
  const workbook = new Workbook();
  const words = TEMPLATE_TEXTS[input.locale];
  const rtl = input.locale === 'fa';
  const sheet = workbook.addWorksheet(words.values, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 2, rightToLeft: rtl }],
  });
  sheet.addRow([
    words.code,
    words.agency,
    ...input.leaves.map((leaf) => {
      // A per-staff leaf's unit describes the scored figure; the cell takes the total the scoring divides.
      const unit = leaf.measure.per ? ENTERED_TOTAL[input.locale] : textIn(leaf.unit, input.locale);
      return unit
        ? `${textIn(leaf.name, input.locale)}${words.separator}${unit}`
        : textIn(leaf.name, input.locale);
    }),
  ]).font = { bold: true };
  const keyRow = sheet.addRow([AGENCY_CODE_COLUMN, 'agency_name', ...input.leaves.map((leaf) => leaf.key)]);
  keyRow.hidden = true;
  sheet.getColumn(1).width = 14;
  sheet.getColumn(2).width = 36;
  input.leaves.forEach((_, i) => (sheet.getColumn(i + 3).width = 18));
  const [yes, no] = YES_NO_WORDS[input.locale];
  for (const agency of input.agencies) {
    const row = sheet.addRow([
      agency.code,
      textIn(agency.name, input.locale),
      ...input.leaves.map((leaf) => {
        const value = agency.values.get(leaf.key) ?? null;
        if (value === null) return null;
        return leaf.measure.type === 'boolean' ? (value === 1 ? yes : no) : value;
      }),
    ]);
    input.leaves.forEach((leaf, i) => validate(sheet, row.number, i + 3, leaf, words, [yes, no]));
  }
  frameworkSheet(workbook, input, rtl);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function validate(
  sheet: Worksheet,
  row: number,
  col: number,
  leaf: FrameworkDocumentLeaf,
  words: Record<string, string>,
  yesNo: readonly string[],
): void {
  const cell = sheet.getCell(row, col);
  if (leaf.measure.type === 'boolean') {
    cell.dataValidation = {
      type: 'list',
      allowBlank: true,
      formulae: [`"${yesNo.join(',')}"`],
      showErrorMessage: true,
    };
    return;
  }
  const max = largestValue(leaf);
  cell.dataValidation = {
    type: 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [0, max],
    showErrorMessage: true,
    // Typing "87,5%" makes Excel store 0.875: the prompt asks for the number of percent, which the import reads.
    ...(leaf.measure.type === 'percent'
      ? { showInputMessage: true, promptTitle: words['measure.percent'], prompt: words['percent.prompt'] }
      : {}),
  };
}

/** The framework as a readable tree: index → sub-index → indicator, with weights, units and who fills each. */
function frameworkSheet(workbook: Workbook, input: TemplateInput, rtl: boolean): void {
  const words = TEMPLATE_TEXTS[input.locale];
  const sheet = workbook.addWorksheet(words.framework, {
    views: [{ state: 'frozen', ySplit: 1, rightToLeft: rtl }],
  });
  sheet.addRow([
    words.level,
    words.key,
    words.name,
    words.weight,
    words.unit,
    words.type,
    words.source,
  ]).font = {
    bold: true,
  };
  [16, 28, 50, 8, 18, 10, 16].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const visit = (node: FrameworkDocumentNode, depth: number): void => {
    const level = node.children ? (depth === 0 ? words.index : words.subIndex) : words.indicator;
    const row = sheet.addRow([
      level,
      node.key,
      `${'    '.repeat(depth)}${textIn(node.name, input.locale)}`,
      node.weight,
      node.children ? '' : textIn(node.unit, input.locale),
      node.children ? '' : words[`measure.${node.measure.type}`],
      node.children ? '' : words[`source.${node.source ?? 'computed'}`],
    ]);
    if (node.children) {
      row.font = { bold: depth === 0 };
      node.children.forEach((child) => visit(child, depth + 1));
    }
  };
  input.tree.forEach((node) => visit(node, 0));
}
