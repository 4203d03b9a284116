import {
  applicationInputOf,
  applicationProblems,
  emptyApplication,
  publicApplicationInputOf,
} from './application-form-model';

const filled = () => ({
  ...emptyApplication('candidate'),
  candidateName: 'Aigerim Sadykova',
  candidatePosition: 'Press secretary',
  candidateOrganisation: 'Health department',
  nominationIds: ['n1'],
  projectTitle: 'Open doors',
  description: 'A year of open briefings for the press.',
  personalDataConsent: true,
});

describe('application form', () => {
  it('names every missing field of an empty form', () => {
    expect(Object.keys(applicationProblems(emptyApplication('candidate'), true)).sort()).toEqual([
      'candidateName',
      'candidateOrganisation',
      'candidatePosition',
      'contactEmail',
      'description',
      'nominationIds',
      'personalDataConsent',
      'projectTitle',
    ]);
  });

  it('asks for the candidate’s consent to the processing of their personal data', () => {
    expect(applicationProblems({ ...filled(), personalDataConsent: false }, false)).toEqual({
      personalDataConsent: 'contests.apply.problem.consent',
    });
  });

  it('refuses an end before the start and a link that is not a web address', () => {
    const problems = applicationProblems(
      {
        ...filled(),
        projectStart: '2026-05-01',
        projectEnd: '2026-04-01',
        links: 'https://t.me/press\nfacebook page',
      },
      false,
    );
    expect(problems).toEqual({
      projectEnd: 'contests.apply.problem.endBeforeStart',
      links: 'contests.apply.problem.links',
    });
  });

  it('sends trimmed values, one link per line, and leaves empty optional fields out', () => {
    expect(
      applicationInputOf({
        ...filled(),
        candidateName: '  Aigerim Sadykova ',
        links: ' https://t.me/a \n\nhttps://x.kz ',
      }),
    ).toEqual({
      candidateName: 'Aigerim Sadykova',
      candidatePosition: 'Press secretary',
      candidateOrganisation: 'Health department',
      filedBy: 'candidate',
      nominationIds: ['n1'],
      projectTitle: 'Open doors',
      description: 'A year of open briefings for the press.',
      links: ['https://t.me/a', 'https://x.kz'],
      personalDataConsent: true,
    });
  });

  it('sends a candidate’s own application with their email and language, and no filer', () => {
    const body = publicApplicationInputOf({ ...filled(), contactEmail: ' aigerim@example.kz ' }, 'kk');
    expect(body).toMatchObject({
      candidateName: 'Aigerim Sadykova',
      contactEmail: 'aigerim@example.kz',
      locale: 'kk',
    });
    expect(body).not.toHaveProperty('filedBy');
  });
});
