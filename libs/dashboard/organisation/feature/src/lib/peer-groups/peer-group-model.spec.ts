import { createPeerGroupRequestOf, peerGroupFormValueOf, peerGroupProblems } from './peer-group-model';

describe('the peer group form', () => {
  it('asks a new group for a lower-case code and a name', () => {
    expect(peerGroupProblems(peerGroupFormValueOf(null), true)).toEqual({
      code: ['org.problem.peerGroupCode'],
      name: ['org.problem.nameRequired'],
    });
    const value = { ...peerGroupFormValueOf(null), code: 'Health' };
    value.name.ru = 'Здравоохранение';
    expect(peerGroupProblems(value, true)).toEqual({ code: ['org.problem.peerGroupCode'] });
    expect(peerGroupProblems({ ...value, code: 'health' }, true)).toEqual({});
  });

  it('checks only the name when renaming', () => {
    const value = peerGroupFormValueOf({ id: 'g', regionId: 'r', code: 'health', name: { en: 'Health' } });
    expect(peerGroupProblems({ ...value, code: '' }, false)).toEqual({});
    value.name.en = ' ';
    expect(peerGroupProblems(value, false)).toEqual({ name: ['org.problem.nameRequired'] });
  });

  it('sends the names typed, trimmed, without blank languages', () => {
    const value = { ...peerGroupFormValueOf(null), code: 'sport' };
    value.name.fa = ' ورزش ';
    expect(createPeerGroupRequestOf(value)).toEqual({ code: 'sport', name: { fa: 'ورزش' } });
  });
});
