import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Attendance } from './attendance.entity';
import { TrainingEvent } from './training-event.entity';
import { TrainingPerson } from './training-person.entity';
import { PersonSeparation } from './person-separation.entity';
import { TrainingPersonsController } from './training-persons.controller';
import { TrainingPersonsService } from './training-persons.service';
import { TrainingProgramme } from './training-programme.entity';
import { TrainingTopic } from './training-topic.entity';
import { AttendanceImportService } from './attendance-import.service';
import { AttendanceController } from './attendance.controller';
import { AttendanceService } from './attendance.service';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesService } from './programmes.service';
import { RegisterFilledNotice } from './register-filled-notice';
import { TrainingEventsController } from './training-events.controller';
import { TrainingEventsService } from './training-events.service';
import { TrainingReportsController } from './training-reports.controller';
import { TrainingReportsService } from './training-reports.service';
import { TrainingTopicsController } from './training-topics.controller';
import { TrainingTopicsService } from './training-topics.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      Attendance,
      TrainingEvent,
      TrainingProgramme,
      TrainingTopic,
      TrainingPerson,
      PersonSeparation,
    ]),
  ],
  controllers: [
    TrainingTopicsController,
    TrainingEventsController,
    AttendanceController,
    ProgrammesController,
    TrainingReportsController,
    TrainingPersonsController,
  ],
  providers: [
    TrainingTopicsService,
    TrainingEventsService,
    AttendanceService,
    AttendanceImportService,
    RegisterFilledNotice,
    ProgrammesService,
    TrainingReportsService,
    TrainingPersonsService,
  ],
})
export class TrainingModule {}
