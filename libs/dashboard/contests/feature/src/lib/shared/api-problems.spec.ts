import { fieldProblems } from './api-problems';

describe('fieldProblems', () => {
  it('keeps the first problem of each top-level field', () => {
    expect(
      fieldProblems({
        status: 400,
        message: 'Invalid',
        details: [
          { field: 'links[1]', problems: ['must be a URL address'] },
          { field: 'links[2]', problems: ['must be a URL address too'] },
          { field: 'candidateName', problems: ['is too short', 'is required'] },
        ],
      }),
    ).toEqual({ links: 'must be a URL address', candidateName: 'is too short; is required' });
  });

  it('words a weak password itself, so the text beside the field is translated', () => {
    expect(
      fieldProblems({
        status: 400,
        code: 'request.invalid',
        message: 'Choose a password that is harder to guess',
        details: [{ field: 'password', code: 'field.weak_password', problems: ['is too easy to guess: …'] }],
      }),
    ).toEqual({ password: 'contests.problem.weakPassword' });
  });
});
