import type { CycleView } from '@prgauge/contracts';
import { cycleFormProblems, cycleFormValueAfter, cycleInputOf } from './cycle-form-model';

const cycle2026: CycleView = {
  id: 'c-2026',
  regionId: 'r',
  name: '2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  deadline: '2026-12-20T18:00:00.000Z',
  status: 'open',
  publishedAt: null,
  importedHistory: false,
  version: 3,
  timeZone: 'Asia/Almaty',
};

describe('the new-cycle form', () => {
  it('proposes the year after the newest cycle, copying its framework', () => {
    expect(cycleFormValueAfter(cycle2026)).toEqual({
      name: '2027',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      deadlineDay: '2028-01-31',
      source: 'copy',
      copyFromCycleId: 'c-2026',
      regionId: '',
    });
  });

  it('starts from the template when there is no cycle to copy', () => {
    expect(cycleFormValueAfter(null).source).toBe('template');
  });

  it('names each field that is wrong', () => {
    const value = {
      ...cycleFormValueAfter(cycle2026),
      name: ' x ',
      periodEnd: '2026-06-30',
      deadlineDay: '',
    };
    expect(cycleFormProblems(value)).toEqual({
      name: ['admin.problem.name'],
      periodEnd: ['admin.problem.endBeforeStart'],
      deadline: ['admin.problem.required'],
    });
    expect(
      cycleFormProblems({ ...value, name: '2027', periodEnd: '2027-12-31', deadlineDay: '2026-12-01' }),
    ).toEqual({
      deadline: ['admin.problem.deadlineBeforeStart'],
    });
    expect(cycleFormProblems({ ...cycleFormValueAfter(cycle2026), copyFromCycleId: '' })).toEqual({
      copyFromCycleId: ['admin.problem.copyFrom'],
    });
  });

  it("needs a national admin's region and sends it; a director names none", () => {
    const value = cycleFormValueAfter(cycle2026);
    expect(cycleFormProblems(value, true)).toEqual({ regionId: ['admin.problem.region'] });
    expect(cycleFormProblems(value, false)).toEqual({});
    expect(cycleInputOf(value)).not.toHaveProperty('regionId');
    const picked = cycleFormValueAfter(cycle2026, 'r-south');
    expect(cycleFormProblems(picked, true)).toEqual({});
    expect(cycleInputOf(picked)).toMatchObject({ regionId: 'r-south' });
  });

  it('asks imported history for no deadline and sends none', () => {
    const past = {
      ...cycleFormValueAfter(null),
      name: '2024',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      importedHistory: true,
    };
    expect(cycleFormProblems(past)).toEqual({});
    expect(cycleInputOf(past)).toEqual({
      name: '2024',
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      importedHistory: true,
      template: 'seven-indices',
    });
    expect(cycleFormProblems({ ...past, importedHistory: false })).toEqual({
      deadline: ['admin.problem.required'],
    });
  });

  it('sends either a copy or the template, with the deadline day as picked', () => {
    const copy = cycleFormValueAfter(cycle2026);
    expect(cycleInputOf(copy)).toEqual({
      name: '2027',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      deadline: '2028-01-31',
      copyFromCycleId: 'c-2026',
    });
    expect(cycleInputOf({ ...copy, source: 'template' })).toMatchObject({ template: 'seven-indices' });
    expect(cycleInputOf({ ...copy, source: 'template' })).not.toHaveProperty('copyFromCycleId');
  });
});
