import type { LocalizedText, PersonHoursRow, TrainingReport } from '@prgauge/contracts';
import { Workbook, type Worksheet } from 'exceljs';

type Locale = keyof LocalizedText;

/** The training report as an XLSX workbook, one sheet per table, names in the reader's language. */
export async function trainingReportWorkbook(report: TrainingReport, locale: string): Promise<Buffer> {
  const workbook = new Workbook();
  const text = (value: LocalizedText | string) =>
    typeof value === 'string' ? value : localized(value, locale);
  const summary = sheet(workbook, 'Summary', ['From', 'To', 'Person-hours', 'Attendances', 'People trained']);
  summary.addRow([report.from, report.to, report.personHours, report.attendances, report.peopleTrained]);
  const hoursSheet = (name: string, first: string, rows: PersonHoursRow[]) =>
    sheet(workbook, name, [first, 'Person-hours', 'Attendances', 'People trained']).addRows(
      rows.map((r) => [text(r.label), r.personHours, r.participants, r.peopleTrained]),
    );
  hoursSheet('By topic', 'Topic', report.byTopic);
  hoursSheet('By audience', 'Audience', report.byAudience);
  hoursSheet('By agency', 'Agency', report.byAgency);
  hoursSheet('By committee', 'Committee', report.byCommittee);
  hoursSheet('By month', 'Month', report.byMonth);
  sheet(workbook, 'Per PR staff member', [
    'Code',
    'Agency',
    'PR staff',
    'Person-hours',
    'Per staff member',
  ]).addRows(
    report.perStaff.map((r) => [
      r.agencyCode,
      text(r.agencyName),
      r.prStaff,
      r.personHours,
      r.perStaffMember,
    ]),
  );
  sheet(workbook, 'No trained PR staff', ['Code', 'Agency']).addRows(
    report.untrainedAgencies.map((a) => [a.agencyCode, text(a.agencyName)]),
  );
  sheet(workbook, 'Top trainers', ['Trainer', 'Affiliation', 'Events', 'Person-hours']).addRows(
    report.topTrainers.map((t) => [t.name, t.affiliation, t.events, t.personHours]),
  );
  sheet(workbook, 'Attendance rate', [
    'Event',
    'Start',
    'Invited',
    'Attended',
    'Rate, %',
    'People trained',
  ]).addRows(
    report.eventRates.map((e) => [
      e.title,
      e.startDate,
      e.invited,
      e.attended,
      e.attendanceRate,
      e.peopleTrained,
    ]),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sheet(workbook: Workbook, name: string, header: string[]): Worksheet {
  const worksheet = workbook.addWorksheet(name);
  worksheet.addRow(header).font = { bold: true };
  worksheet.columns.forEach((column) => (column.width = 22));
  return worksheet;
}

/** The text in the reader's language, or the first one present. */
function localized(value: LocalizedText, locale: string): string {
  return value[locale as Locale] ?? value.en ?? value.ru ?? Object.values(value)[0] ?? '';
}
