import { voteRefusalKey } from './vote-messages';

describe('voteRefusalKey', () => {
  it('words each refusal of a vote the ballot explains, by its code', () => {
    expect(voteRefusalKey('vote.not_verified')).toBe('contests.vote.refused.notVerified');
    expect(voteRefusalKey('vote.already_cast')).toBe('contests.vote.refused.already');
    expect(voteRefusalKey('vote.closed')).toBe('contests.vote.refused.closed');
    expect(voteRefusalKey('request.too_many')).toBe('contests.vote.refused.tooMany');
  });

  it('leaves any other refusal to its own text, whatever its status', () => {
    expect(voteRefusalKey('record.conflict')).toBeNull();
    expect(voteRefusalKey('auth.forbidden')).toBeNull();
    expect(voteRefusalKey('record.not_found')).toBeNull();
  });
});
