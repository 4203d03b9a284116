import {
  frameworkDocumentLeaves,
  isFrameworkGroup,
  type Framework,
  type FrameworkDocument,
  type FrameworkDocumentLeaf,
} from './framework';

const leaf = (key: string): FrameworkDocumentLeaf => ({
  key,
  name: { en: key },
  weight: 1,
  measure: { type: 'number' },
  source: 'agency',
  evidenceRequired: false,
});

const document: FrameworkDocument = {
  scale: 100,
  indicators: [
    { key: 'media', name: 'Media', weight: 2, children: [leaf('media.a'), leaf('media.b')] },
    {
      key: 'web',
      name: 'Web',
      weight: 1,
      children: [{ key: 'web.x', name: 'X', weight: 1, children: [leaf('web.x.1')] }],
    },
    leaf('staff'),
  ],
};

describe('framework document', () => {
  it('lists its leaves depth first, in the order they are stored', () => {
    expect(frameworkDocumentLeaves(document).map((l) => l.key)).toEqual([
      'media.a',
      'media.b',
      'web.x.1',
      'staff',
    ]);
  });

  it('tells groups from leaves by their children', () => {
    expect(document.indicators.map(isFrameworkGroup)).toEqual([true, true, false]);
  });

  it('is an engine framework as it stands, so it needs no conversion to be scored', () => {
    const engine: Framework = document;
    expect(engine.indicators).toHaveLength(3);
  });
});
