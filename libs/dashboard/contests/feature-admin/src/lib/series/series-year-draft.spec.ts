import { emptyYearDraft, figureOf, toSeriesYearRequest } from './series-year-draft';

describe('series year draft', () => {
  it('sends an empty box as an unknown figure, and no version for a new year', () => {
    const draft = { ...emptyYearDraft(), year: 2021, participants: 85 };
    expect(toSeriesYearRequest(draft)).toEqual({ participants: 85, applications: null, winners: null });
  });

  it('sends the version of a year already entered', () => {
    const draft = { year: 2021, participants: 85, applications: 97, winners: 20, version: 3 };
    expect(toSeriesYearRequest(draft)).toEqual({
      participants: 85,
      applications: 97,
      winners: 20,
      version: 3,
    });
  });

  it('reads an empty number box as null and keeps zero', () => {
    expect([figureOf(Number.NaN), figureOf(0), figureOf(85)]).toEqual([null, 0, 85]);
  });
});
