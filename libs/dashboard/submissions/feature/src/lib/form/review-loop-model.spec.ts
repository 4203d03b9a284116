import type { EvidenceView, LeafView, ReviewCommentView, SubmissionView } from '@prgauge/contracts';
import {
  changesSinceReturn,
  commentAnswers,
  openCommentsBySection,
  sectionsToOpen,
} from './review-loop-model';

const leaf = (key: string, index: string, source: LeafView['source'] = 'agency'): LeafView => ({
  key,
  index,
  name: key,
  type: 'number',
  direction: 'higher',
  source,
  evidenceRequired: false,
});
const returnedAt = '2026-12-01T10:00:00.000Z';
const comment = (id: string, indicator: string | null, extra: Partial<ReviewCommentView> = {}) =>
  ({
    id,
    indicator,
    body: 'Fix',
    authorId: null,
    createdAt: returnedAt,
    open: true,
    reply: null,
    repliedAt: null,
    ...extra,
  }) as ReviewCommentView;
const evidence = (indicator: string, createdAt: string) =>
  ({
    id: `e-${indicator}-${createdAt}`,
    indicator,
    kind: 'link',
    url: 'https://example.org',
    createdAt,
  }) as EvidenceView;

const view = (comments: ReviewCommentView[]) =>
  ({
    indices: [
      { key: 'media', name: 'Media' },
      { key: 'web', name: 'Web' },
      { key: 'events', name: 'Events' },
    ],
    leaves: [
      leaf('media.releases', 'media'),
      leaf('media.quality', 'media', 'evaluator'),
      leaf('web.answered', 'web'),
      leaf('events.count', 'events'),
    ],
    values: [
      { indicator: 'media.releases', value: 10, reviewedValue: 10 },
      { indicator: 'media.quality', value: 4, reviewedValue: null },
      { indicator: 'web.answered', value: 50, reviewedValue: 50 },
      { indicator: 'events.count', value: 3, reviewedValue: 3 },
    ],
    comments,
  }) as unknown as SubmissionView;

describe('which sections open after a return', () => {
  it('opens the first section and every section with an open comment, and only those', () => {
    const returned = view([
      comment('a', 'web.answered'),
      comment('b', 'events.count'),
      comment('c', null),
      comment('old', 'media.releases', { open: false }),
    ]);
    expect([...openCommentsBySection(returned)]).toEqual([
      ['web', 1],
      ['events', 1],
    ]);
    expect([...sectionsToOpen(returned)]).toEqual(['media', 'web', 'events']);
  });

  it('opens the first section when no comment is open', () => {
    expect([...sectionsToOpen(view([comment('old', 'web.answered', { open: false })]))]).toEqual(['media']);
  });
});

describe('answers and changes since the return, as the form holds them', () => {
  const comments = [comment('a', 'media.releases'), comment('b', 'web.answered'), comment('c', null)];

  it('answers nothing while nothing changed', () => {
    const values = new Map([
      ['media.releases', 10],
      ['web.answered', 50],
      ['events.count', 3],
    ]);
    expect([...commentAnswers(view(comments), values, [], comments).values()]).toEqual([null, null, null]);
    expect(changesSinceReturn(view(comments), values, [], comments)).toEqual({
      values: [],
      evidence: [],
      replies: [],
    });
  });

  it('answers by a typed value, new evidence and a reply, and summarises them', () => {
    const values = new Map<string, number>([
      ['media.releases', 12],
      ['web.answered', 50],
      ['media.quality', 2],
      ['events.count', 3],
    ]);
    const files = [
      evidence('web.answered', '2026-12-02T09:00:00.000Z'),
      evidence('events.count', '2026-11-20T09:00:00.000Z'),
    ];
    const replied = comments.map((c) => (c.id === 'c' ? { ...c, reply: 'Done.' } : c));
    expect([...commentAnswers(view(replied), values, files, replied)]).toEqual([
      ['a', 'value'],
      ['b', 'evidence'],
      ['c', 'reply'],
    ]);
    const summary = changesSinceReturn(view(replied), values, files, replied);
    expect(summary.values).toEqual([{ indicator: 'media.releases', before: 10, after: 12 }]);
    expect(summary.evidence.map((e) => e.indicator)).toEqual(['web.answered']);
    expect(summary.replies.map((c) => c.id)).toEqual(['c']);
  });
});
