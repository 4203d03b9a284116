import type { FrameworkDocument } from '@prgauge/contracts';
import type { SubmissionValueState } from '../submissions/imported-values.facade';
import { type CheckInputs, LastCheck } from './last-check';
import type { ValueCheck } from './value-check';
import type { ImportedCell } from './value-file';

const FRAMEWORK = { scale: 100, indicators: [] } as unknown as FrameworkDocument;

function state(values: [string, number | null][], notes: [string, string][] = []): SubmissionValueState {
  return {
    submissionId: 's1',
    agencyId: 'a1',
    status: 'draft',
    standing: { kind: 'open' },
    values: new Map(values),
    notes: new Map(notes),
  };
}

/** Inputs as two requests would read them: equal, but never the same objects, except the kept cells. */
function inputs(
  cells: readonly ImportedCell[],
  change: (i: CheckInputs) => void = () => undefined,
): CheckInputs {
  const made: CheckInputs = {
    cells,
    cycle: {
      id: 'c1',
      version: 3,
      status: 'open',
      importedHistory: false,
      framework: structuredClone(FRAMEWORK),
    },
    user: { id: 'u1', role: 'director', agencyId: null },
    agencies: [{ id: 'a1', code: 'A', name: { ru: 'Агентство', en: 'Agency' } }],
    retired: new Set(['Z']),
    states: new Map([['a1', state([['media.releases', 4]], [['media.releases', 'note']])]]),
  };
  change(made);
  return made;
}

describe('LastCheck', () => {
  const cells: ImportedCell[] = [];
  const check = { fingerprint: 'f' } as ValueCheck;

  it('gives the kept check back only for inputs equal in everything the check reads', () => {
    const last = new LastCheck();
    expect(last.take(inputs(cells))).toBeNull();
    last.keep(inputs(cells), check);
    expect(last.take(inputs(cells))).toBe(check);

    const changes: [string, (i: CheckInputs) => void][] = [
      ['other cells', (i) => (i.cells = [])],
      ['a new cycle version', (i) => (i.cycle.version = 4)],
      ['another status', (i) => (i.cycle.status = 'review')],
      ['imported history', (i) => (i.cycle.importedHistory = true)],
      ['another framework', (i) => (i.cycle.framework = { ...FRAMEWORK, scale: 10 })],
      ['another caller', (i) => (i.user = { ...i.user, id: 'u2' })],
      ['an editor', (i) => (i.user = { ...i.user, role: 'agency_editor', agencyId: 'a1' })],
      ['a renamed agency', (i) => (i.agencies = [{ ...i.agencies[0], name: { ru: 'Другое' } }])],
      ['an agency more', (i) => (i.agencies = [...i.agencies, { id: 'a2', code: 'B', name: {} }])],
      ['an agency retired', (i) => (i.retired = new Set(['Z', 'Y']))],
      ['a changed value', (i) => (i.states = new Map([['a1', state([['media.releases', 5]])]]))],
      ['a value emptied', (i) => (i.states = new Map([['a1', state([['media.releases', null]])]]))],
      [
        'a changed note',
        (i) => (i.states = new Map([['a1', state([['media.releases', 4]], [['media.releases', 'other']])]])),
      ],
      [
        'a submitted submission',
        (i) =>
          (i.states = new Map([
            ['a1', { ...state([['media.releases', 4]], [['media.releases', 'note']]), status: 'submitted' }],
          ])),
      ],
      [
        'a refusal since',
        (i) =>
          (i.states = new Map([
            [
              'a1',
              {
                ...state([['media.releases', 4]], [['media.releases', 'note']]),
                standing: { kind: 'refused', code: 'submission.deadline_passed' },
              },
            ],
          ])),
      ],
      [
        'a draft saved since',
        (i) =>
          (i.states = new Map([
            ['a1', { ...state([['media.releases', 4]], [['media.releases', 'note']]), submissionId: 's2' }],
          ])),
      ],
    ];
    for (const [what, change] of changes)
      expect([what, last.take(inputs(cells, change))]).toEqual([what, null]);
    expect(last.take(inputs(cells))).toBe(check);
  });
});
