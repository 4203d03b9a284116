import { voteRefusalKey } from './vote-messages';

const problem = (status: number, message: string) => ({ status, message, details: [] });

describe('voteRefusalKey', () => {
  it('explains 403 as an unverified registration', () => {
    expect(voteRefusalKey(problem(403, 'Only verified voters vote; your registration is pending'))).toBe(
      'contests.vote.refused.notVerified',
    );
  });

  it('tells a second vote from a closed window', () => {
    expect(voteRefusalKey(problem(409, 'You have voted in this nomination; a vote is final'))).toBe(
      'contests.vote.refused.already',
    );
    expect(voteRefusalKey(problem(409, 'Votes are accepted only during voting (…)'))).toBe(
      'contests.vote.refused.closed',
    );
  });
});
