export { ContestsApi } from './lib/contests.api';
export type {
  ApplicationInput,
  ContestUploadEvent,
  PublicApplicationInput,
  ScoreSheetInput,
  VoterRegistrationInput,
} from './lib/contests.api';
export { ContestStore } from './lib/contest.store';
