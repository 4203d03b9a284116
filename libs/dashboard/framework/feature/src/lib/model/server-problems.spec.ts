import { placeServerProblems } from './server-problems';

describe('placing the API problems on nodes', () => {
  it('reads a nested node path and the field below it', () => {
    const weight = { field: 'framework.indicators[1].children[2].weight', code: 'field.too_small' } as const;
    const max = {
      field: 'framework.indicators[0].children[3].measure.normalize.max',
      code: 'field.invalid',
    } as const;
    const type = {
      field: 'framework.indicators[0].children[0].measure.type',
      code: 'field.not_in_list',
    } as const;
    const key = { field: 'framework.indicators[4].key', code: 'field.taken' } as const;
    expect(placeServerProblems([weight, max, type, key])).toEqual([
      { path: [1, 2], field: 'weight', problem: weight },
      { path: [0, 3], field: 'normalize', problem: max },
      { path: [0, 0], field: 'measure', problem: type },
      { path: [4], field: 'key', problem: key },
    ]);
  });

  it('keeps a problem of a leaf named as a whole on that leaf', () => {
    const source = { field: 'framework.indicators[0].children[1]', code: 'field.invalid' } as const;
    expect(placeServerProblems([source])).toEqual([{ path: [0, 1], field: null, problem: source }]);
  });

  it('keeps problems that name no node for the framework as a whole', () => {
    const empty = { field: 'framework.indicators', code: 'field.too_short', params: { min: 1 } } as const;
    expect(placeServerProblems([empty])).toEqual([{ path: null, field: null, problem: empty }]);
  });
});
