import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../../users/users.module';
import { ContestNoticesModule } from '../notices/contest-notices.module';
import { ContestVotingModule } from '../voting/voting.module';
import { ApplicantLinkController } from './applicant-link.controller';
import { ApplicantLinkService } from './applicant-link.service';
import { ApplicationAttachment } from './application-attachment.entity';
import { ApplicationMeasure } from './application-measure.entity';
import { ApplicationsController } from './applications.controller';
import { ApplicationsService } from './applications.service';
import { ApplicationNomination, ContestApplication } from './contest-application.entity';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataEraser } from './personal-data-erasure';
import { PersonalDataRetention } from './personal-data-retention';
import { PersonalDataService } from './personal-data.service';
import { PublicApplicationsController } from './public-applications.controller';
import { PublicApplicationsService } from './public-applications.service';

/**
 * Applications to contests: filing (by agencies and by the public), attachments, search, and the personal
 * data of applicants and voters, with their erasure on request and after the retention period.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ContestApplication,
      ApplicationNomination,
      ApplicationAttachment,
      ApplicationMeasure,
    ]),
    UsersModule,
    ContestVotingModule,
    ContestNoticesModule,
  ],
  controllers: [
    ApplicationsController,
    PublicApplicationsController,
    ApplicantLinkController,
    PersonalDataController,
  ],
  providers: [
    ApplicationsService,
    PublicApplicationsService,
    ApplicantLinkService,
    PersonalDataEraser,
    PersonalDataService,
    PersonalDataRetention,
  ],
})
export class ContestApplicationsModule {}
