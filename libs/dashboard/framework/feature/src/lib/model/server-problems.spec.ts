import { placeServerProblems } from './server-problems';

describe('placing the API problems on nodes', () => {
  it('reads a nested node path and the field below it', () => {
    expect(
      placeServerProblems([
        {
          field: 'framework.indicators[1].children[2].weight',
          problems: ['weight of "x" must be a number > 0'],
        },
        { field: 'framework.indicators[0].children[3].measure.normalize.max', problems: ['max > min'] },
        { field: 'framework.indicators[0].children[0].measure.type', problems: ['unknown type'] },
        { field: 'framework.indicators[4].key', problems: ['duplicate node key "a"'] },
      ]),
    ).toEqual([
      { path: [1, 2], field: 'weight', message: 'weight of "x" must be a number > 0' },
      { path: [0, 3], field: 'normalize', message: 'max > min' },
      { path: [0, 0], field: 'measure', message: 'unknown type' },
      { path: [4], field: 'key', message: 'duplicate node key "a"' },
    ]);
  });

  it('keeps every problem of a leaf named as a whole on that leaf', () => {
    expect(
      placeServerProblems([
        { field: 'framework.indicators[0].children[1]', problems: ['source must be one of', 'evidence'] },
      ]),
    ).toEqual([
      { path: [0, 1], field: null, message: 'source must be one of' },
      { path: [0, 1], field: null, message: 'evidence' },
    ]);
  });

  it('keeps problems that name no node for the framework as a whole', () => {
    expect(placeServerProblems([{ field: 'framework.indicators', problems: ['must be non-empty'] }])).toEqual(
      [{ path: null, field: null, message: 'must be non-empty' }],
    );
  });
});
