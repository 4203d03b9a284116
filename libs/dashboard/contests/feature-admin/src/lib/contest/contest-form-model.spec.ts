import { type ContestView, LIMITS } from '@prgauge/contracts';
import {
  contestFormProblems,
  contestFormValueOf,
  contestInputOf,
  dateFieldsOf,
  impliedPhase,
} from './contest-form-model';

const filled = () => {
  const v = contestFormValueOf();
  v.title.ru = 'Лучший пресс-секретарь';
  v.organiser.ru = 'Управление по связям с общественностью';
  v.year = 2026;
  v.series = 'best-press-secretary';
  v.status = 'announced';
  v.dates = {
    applicationsOpenAt: '2026-03-01',
    applicationsCloseAt: '2026-04-01',
    judgingStartAt: '2026-04-02',
    judgingEndAt: '2026-05-01',
    votingStartAt: '2026-04-10',
    votingEndAt: '2026-04-20',
  };
  return v;
};

describe('contest form model', () => {
  it('accepts a complete contest and sends the days as picked, without empty titles', () => {
    const v = filled();
    expect(contestFormProblems(v, false)).toEqual([]);
    const input = contestInputOf(v, false);
    expect(input.title).toEqual({ ru: 'Лучший пресс-секретарь' });
    expect(input).toMatchObject({ applicationsOpenAt: '2026-03-01', votingEndAt: '2026-04-20' });
    expect(
      contestInputOf({ ...v, dates: { ...v.dates, votingStartAt: '', votingEndAt: '' } }, false),
    ).toMatchObject({ votingStartAt: null, votingEndAt: null });
    expect('regionIds' in input).toBe(false);
  });

  it('sends the organiser and the rules in the languages filled, trimmed, and no rules when none is written', () => {
    const v = filled();
    v.organiser.fa = ' اداره روابط عمومی ';
    v.rules = { ...v.rules, fa: 'یک رأی در هر بخش.', ru: '  ', kk: 'Бір дауыс.' };
    expect(contestInputOf(v, false)).toMatchObject({
      organiser: { ru: 'Управление по связям с общественностью', fa: 'اداره روابط عمومی' },
      rules: { fa: 'یک رأی در هر بخش.', kk: 'Бір дауыс.' },
    });
    expect(contestInputOf(filled(), false).rules).toBeNull();
  });

  it('reads a stored contest back into every language, empty where none was given', () => {
    const stored = { ...contestInputOf(filled(), false), rules: { fa: 'آیین‌نامه' }, timeZone: 'UTC' };
    const v = contestFormValueOf(stored as ContestView);
    expect(v.organiser).toEqual({ ru: 'Управление по связям с общественностью', kk: '', fa: '', en: '' });
    expect(v.rules).toEqual({ ru: '', kk: '', fa: 'آیین‌نامه', en: '' });
  });

  it('holds each language of the organiser and the rules to the limits the API enforces', () => {
    const v = filled();
    v.organiser = { ru: '', kk: '', fa: '', en: '' };
    expect(contestFormProblems(v, false)).toEqual(['organiser']);
    v.organiser = { ru: 'Управление', kk: 'Ә', fa: '', en: '' };
    v.rules.en = 'x'.repeat(LIMITS.contestRules.max + 1);
    expect(contestFormProblems(v, false)).toEqual(['organiser', 'rules']);
  });

  it("shows a stored window as the days it covers in the contest's zone", () => {
    const v = contestFormValueOf({
      ...contestInputOf(filled(), false),
      timeZone: 'Asia/Tehran',
      // 1 March from its first moment to 1 April to its last, in Tehran (UTC+03:30).
      applicationsOpenAt: '2026-02-28T20:30:00.000Z',
      applicationsCloseAt: '2026-04-01T20:29:59.999Z',
    } as ContestView);
    expect([v.dates.applicationsOpenAt, v.dates.applicationsCloseAt]).toEqual(['2026-03-01', '2026-04-01']);
  });

  it('keeps the next phase off the closing day, which stays open to its end', () => {
    const v = filled();
    v.dates.judgingStartAt = '2026-04-01';
    v.dates.votingStartAt = '2026-04-01';
    expect(contestFormProblems(v, false)).toEqual(['judgingStartAt', 'votingStartAt']);
  });

  it('names the fields out of order, and regions only when the organiser must choose them', () => {
    const v = filled();
    v.series = 'Best Press';
    v.dates.judgingEndAt = '2026-04-01';
    v.dates.votingEndAt = '';
    expect(contestFormProblems(v, true)).toEqual(['regionIds', 'series', 'judgingEndAt', 'votingEndAt']);
  });

  it('shows the phase the dates imply today', () => {
    const v = filled();
    expect(impliedPhase(v, '2026-02-01', false)).toBe('announced');
    expect(impliedPhase(v, '2026-03-15', false)).toBe('applications_open');
    expect(impliedPhase(v, '2026-04-01', false)).toBe('applications_open');
    expect(impliedPhase(v, '2026-05-01', false)).toBe('judging');
    expect(impliedPhase(v, '2026-04-15', false)).toBe('judging');
    expect(impliedPhase(v, '2026-06-01', false)).toBe('awaiting_results');
    expect(impliedPhase(v, '2026-06-01', true)).toBe('results_published');
    expect(impliedPhase({ ...v, status: 'draft' }, '2026-04-15', false)).toBe('draft');
  });

  it('asks a vote-only contest for no judging dates, and sends none', () => {
    const v = { ...filled(), shape: 'vote' as const };
    v.dates.judgingStartAt = '';
    v.dates.judgingEndAt = '';
    expect(dateFieldsOf('vote')).toEqual([
      'applicationsOpenAt',
      'applicationsCloseAt',
      'votingStartAt',
      'votingEndAt',
    ]);
    expect(contestFormProblems(v, false)).toEqual([]);
    expect(contestInputOf(v, false)).toMatchObject({
      shape: 'vote',
      judgingStartAt: null,
      judgingEndAt: null,
    });
    expect(impliedPhase(v, '2026-04-15', false)).toBe('voting');
    expect(impliedPhase(v, '2026-04-25', false)).toBe('awaiting_results');
  });

  it('needs a vote-only contest’s voting window, and drops a jury-only contest’s', () => {
    const vote = { ...filled(), shape: 'vote' as const };
    vote.dates.votingStartAt = '';
    vote.dates.votingEndAt = '';
    expect(contestFormProblems(vote, false)).toEqual(['votingStartAt']);
    const jury = { ...filled(), shape: 'jury' as const };
    expect(contestFormProblems(jury, false)).toEqual([]);
    expect(contestInputOf(jury, false)).toMatchObject({ votingStartAt: null, votingEndAt: null });
  });
});
