import { applicationInputOf, applicationProblems, emptyApplication } from './application-form-model';

const filled = () => ({
  ...emptyApplication('candidate'),
  candidateName: 'Aigerim Sadykova',
  candidatePosition: 'Press secretary',
  candidateOrganisation: 'Health department',
  nominationIds: ['n1'],
  projectTitle: 'Open doors',
  description: 'A year of open briefings for the press.',
});

describe('application form', () => {
  it('names every missing field of an empty form', () => {
    expect(Object.keys(applicationProblems(emptyApplication('candidate'))).sort()).toEqual([
      'candidateName',
      'candidateOrganisation',
      'candidatePosition',
      'description',
      'nominationIds',
      'projectTitle',
    ]);
  });

  it('refuses an end before the start and a link that is not a web address', () => {
    const problems = applicationProblems({
      ...filled(),
      projectStart: '2026-05-01',
      projectEnd: '2026-04-01',
      links: 'https://t.me/press\nfacebook page',
    });
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
    });
  });
});
