import type { AttendanceView } from '@prgauge/contracts';
import { participantsMatching } from './participant-search';

const row = (id: string, participantName: string, extra: Partial<AttendanceView> = {}): AttendanceView =>
  ({ id, participantName, agencyId: null, outlet: null, ...extra }) as AttendanceView;

const rows = [
  row('1', 'Алёна Фёдорова', { outlet: 'Объединённая редакция' }),
  row('2', 'مریم کریمی', { agencyId: 'kerman' }),
  row('3', 'رضا احمدی', { outlet: 'کتابخانه\u200cهای عمومی' }),
  row('4', 'Айгерим Мойнак'),
];
const agencies: Record<string, string[]> = { kerman: ['KER', 'شهرداری کرمان'] };
const found = (search: string) =>
  participantsMatching(rows, search, (id) => (id ? (agencies[id] ?? []) : [])).map((r) => r.row.id);

describe('participantsMatching', () => {
  it('finds a participant typed with е for ё, Arabic Yeh and Kaf, or a space for a ZWNJ', () => {
    expect(found('алена федорова')).toEqual(['1']);
    expect(found('كريمي')).toEqual(['2']);
    expect(found('کتابخانه های')).toEqual(['3']);
  });

  it('finds participants by their outlet or by their agency’s code and name', () => {
    expect(found('объединенная')).toEqual(['1']);
    expect(found('شهرداري')).toEqual(['2']);
    expect(found('ker')).toEqual(['2']);
  });

  it('keeps й apart from и', () => {
    expect(found('моинак')).toEqual([]);
    expect(found('мойнак')).toEqual(['4']);
  });

  it('lists every row on an empty search, each with its number in the whole register', () => {
    expect(participantsMatching(rows, ' ', () => []).map((r) => r.number)).toEqual([1, 2, 3, 4]);
    expect(participantsMatching(rows, 'мойнак', () => []).map((r) => r.number)).toEqual([4]);
  });
});
