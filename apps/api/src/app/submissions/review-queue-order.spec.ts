import type { ReviewQueueItem } from '@prgauge/contracts';
import { workFirst } from './review-queue-order';

const item = (
  code: string,
  status: ReviewQueueItem['status'],
  flags = 0,
  changed = 0,
  submissionId = code,
): ReviewQueueItem => ({
  submissionId,
  agencyId: code,
  agencyCode: code,
  agencyName: { ru: code },
  status,
  deadline: '2026-12-20T18:00:00Z',
  extensionUntil: null,
  timeZone: 'Asia/Almaty',
  submittedAt: null,
  flags,
  changedSinceReview: changed,
  version: 1,
});

describe('review queue order', () => {
  it('puts submitted work first, flagged and most changed ahead', () => {
    const order = [
      item('D', 'draft'),
      item('A', 'submitted', 0, 5),
      item('R', 'returned'),
      item('B', 'submitted', 2, 0),
      item('C', 'submitted', 0, 9),
    ].sort(workFirst);
    expect(order.map((i) => i.agencyCode)).toEqual(['B', 'C', 'A', 'R', 'D']);
  });

  it('settles every tie by the submission id, so any input order gives one order', () => {
    const twins = [item('A', 'draft', 0, 0, 'b-2'), item('A', 'draft', 0, 0, 'a-1')];
    expect(twins.sort(workFirst).map((i) => i.submissionId)).toEqual(['a-1', 'b-2']);
    expect(
      [...twins]
        .reverse()
        .sort(workFirst)
        .map((i) => i.submissionId),
    ).toEqual(['a-1', 'b-2']);
  });
});
