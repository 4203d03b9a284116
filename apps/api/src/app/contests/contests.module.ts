import { Module } from '@nestjs/common';
import { ContestApplicationsModule } from './applications/applications.module';
import { ContestJuryModule } from './jury/jury.module';
import { ContestResultsModule } from './results/results.module';
import { ContestSetupModule } from './setup/setup.module';
import { ContestVotingModule } from './voting/voting.module';

/**
 * Contests, in five modules by what they do. Each registers its own tables; a later one reads an earlier one's
 * records through its exported service or reader (setup ← applications ← jury ← results; voting beside).
 */
@Module({
  imports: [
    ContestSetupModule,
    ContestApplicationsModule,
    ContestJuryModule,
    ContestVotingModule,
    ContestResultsModule,
  ],
  exports: [ContestResultsModule],
})
export class ContestsModule {}
