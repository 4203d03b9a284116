/** Building blocks of the built-in framework template: texts in four languages, units and leaf defaults. */
import type { ComputedRule, FrameworkDocumentLeaf, LocalizedText, Measure } from '@prgauge/contracts';

export const text = (ru: string, kk: string, fa: string, en: string): LocalizedText => ({ ru, kk, fa, en });

export const UNIT = {
  count: text('шт.', 'дана', 'عدد', 'items'),
  perStaff: text('на сотрудника', 'қызметкерге', 'به ازای هر کارمند', 'per PR staff member'),
  percent: text('%', '%', 'درصد', '%'),
  hours: text('ч', 'сағ', 'ساعت', 'hours'),
  yesNo: text('да/нет', 'иә/жоқ', 'بله/خیر', 'yes/no'),
  points: text('баллы из 5', '5 балдан', 'امتیاز از ۵', 'points out of 5'),
  members: text('подписчиков', 'жазылушы', 'عضو', 'members'),
  personHours: text(
    'человеко-часов на сотрудника',
    'қызметкерге адам-сағат',
    'نفر-ساعت به ازای هر کارمند',
    'person-hours per PR staff member',
  ),
};

export interface LeafSpec {
  key: string;
  name: LocalizedText;
  weight: number;
  measure: Measure;
  unit: LocalizedText;
  help: LocalizedText;
  source?: 'agency' | 'evaluator' | 'computed';
  evidence?: boolean;
  rule?: ComputedRule;
}

export const leaf = (spec: LeafSpec): FrameworkDocumentLeaf => ({
  key: spec.key,
  name: spec.name,
  weight: spec.weight,
  measure: spec.measure,
  unit: spec.unit,
  help: spec.help,
  source: spec.source ?? 'agency',
  evidenceRequired: spec.evidence ?? false,
  ...(spec.rule ? { rule: spec.rule } : {}),
});

export const rating: Measure = { type: 'rating', max: 5 };
export const ratingHelp = text(
  'Оценку ставит эксперт по итогам проверки материалов.',
  'Бағаны сарапшы материалдарды тексеру нәтижесі бойынша қояды.',
  'امتیاز را ارزیاب پس از بررسی مستندات ثبت می‌کند.',
  'An evaluator rates this after reviewing the evidence.',
);
