import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContestNoticesModule } from '../notices/contest-notices.module';
import { JuryController } from './jury.controller';
import { ContestJuror, JurorConflict, ScoreSheet } from './jury.entities';
import { JuryService } from './jury.service';

/** The jury of a contest: jurors, their declared conflicts of interest, and their scoring sheets. */
@Module({
  imports: [TypeOrmModule.forFeature([ContestJuror, JurorConflict, ScoreSheet]), ContestNoticesModule],
  controllers: [JuryController],
  providers: [JuryService],
})
export class ContestJuryModule {}
