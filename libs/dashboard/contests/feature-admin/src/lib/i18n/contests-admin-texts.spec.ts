import { LIMITS } from '@prgauge/contracts';
import { dictionaryProblems, limitProblems } from '@prgauge/dashboard-shared-i18n';
import { CONTESTS_ADMIN_TEXTS } from './contests-admin-texts';

describe('contest organisers texts', () => {
  it('have every English key in every language, none empty, placeholders kept', () => {
    const { en, ...others } = CONTESTS_ADMIN_TEXTS;
    expect(dictionaryProblems(en, others)).toEqual([]);
  });

  it('state the limits the API enforces, in every language', () => {
    expect(
      limitProblems(CONTESTS_ADMIN_TEXTS, {
        'contestsAdmin.problem.year': [LIMITS.contestYear.min, LIMITS.contestYear.max],
        'contestsAdmin.problem.places': [LIMITS.nominationPlaces.min, LIMITS.nominationPlaces.max],
        'contestsAdmin.problem.criteria': [LIMITS.criterionWeight.min, LIMITS.criterionWeight.max],
        'contestsAdmin.problem.organiser': [LIMITS.contestOrganiser.min, LIMITS.contestOrganiser.max],
        'contestsAdmin.problem.rules': [LIMITS.contestRules.max],
      }),
    ).toEqual([]);
  });
});
