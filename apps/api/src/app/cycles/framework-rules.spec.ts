import { frameworkProblems, storedLeaves } from './framework-rules';
import { sevenIndexTemplate } from './framework-template';

describe('frameworkProblems', () => {
  it('finds none in the built-in template', () => {
    expect(frameworkProblems(sevenIndexTemplate(), 'ru')).toEqual([]);
  });

  it('reports the scoring library’s rule with the node’s path', () => {
    const framework = sevenIndexTemplate();
    framework.indicators[1].weight = 0;
    expect(frameworkProblems(framework, 'ru')).toEqual([
      {
        field: 'framework.indicators[1].weight',
        code: 'field.invalid',
        params: { indicator: 'digital' },
        problems: ['framework.indicators[1].weight: weight of "digital" must be a number > 0, got 0'],
      },
    ]);
  });

  it('reports every leaf whose metadata is wrong', () => {
    const framework = sevenIndexTemplate();
    const media = storedLeaves(framework).filter((leaf) => leaf.key.startsWith('media.'));
    media[0].source = 'robot' as never;
    media[1].evidenceRequired = 'yes' as never;
    media[4].measure = { type: 'number' };
    expect(frameworkProblems(framework, 'ru').map((p) => p.field)).toEqual([
      'framework.indicators[0].children[0]',
      'framework.indicators[0].children[1]',
      'framework.indicators[0].children[4]',
    ]);
    expect(frameworkProblems(framework, 'ru')[0].params).toEqual({ indicator: media[0].key });
  });

  it('accepts a training rule on a computed leaf and refuses a malformed or misplaced one', () => {
    const framework = sevenIndexTemplate();
    const training = storedLeaves(framework).filter((leaf) => leaf.key.startsWith('training.'));
    training[0].rule = { training: { topics: ['news_writing'] } };
    expect(frameworkProblems(framework, 'ru')).toEqual([]);
    training[0].rule = { training: { topics: 'news_writing' } } as never;
    training[1].rule = { training: {} };
    expect(frameworkProblems(framework, 'ru').map((p) => p.problems[0])).toEqual([
      'rule.training.topics of "training.personHours" must be a list of topic codes',
      'rule of "training.staffTrained" is only for computed leaves',
    ]);
  });

  it("refuses a node without a name in the region's default language, naming the node", () => {
    const framework = sevenIndexTemplate();
    const media = framework.indicators[0];
    media.name = { en: 'Media relations', kk: 'БАҚ' };
    const leaf = storedLeaves(framework)[1];
    leaf.name = { ru: 'Только по-русски' };
    expect(frameworkProblems(framework, 'ru')).toEqual([
      {
        field: 'framework.indicators[0].name',
        code: 'field.name_missing_default',
        params: { indicator: 'media', locale: 'ru' },
        problems: [`"media" needs a name in ru, the region's default language`],
      },
    ]);
    // Named only in Russian is enough for a Russian region; a Kazakh one needs Kazakh names.
    expect(frameworkProblems(framework, 'kk').map((p) => p.params)).toEqual([
      { indicator: leaf.key, locale: 'kk' },
    ]);
  });

  it('refuses something that is not a framework', () => {
    expect(frameworkProblems({ indicators: 'no' }, 'ru')[0].field).toBe('framework.indicators');
  });
});
