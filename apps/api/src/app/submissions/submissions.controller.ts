import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import type { SaveValuesResult, SubmissionView, TrainingLeafRecords } from '@prgauge/contracts';
import type { Actor } from '../auth/actor';
import { CurrentActor, Can } from '../auth/auth.decorators';
import { ReturnSubmissionDto, SaveValuesDto, SubmissionVersionDto } from './dto/save-values.dto';
import { SubmissionsService } from './submissions.service';
import { ParseIdPipe } from '../common/parse-id.pipe';

const Id = () => Param('submissionId', ParseIdPipe);

@ApiTags('submissions')
@Controller('submissions')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionsService) {}

  @Get(':submissionId')
  @Can('submission.read')
  @ApiOperation({
    summary: "A submission with its values, last cycle's values, flags, evidence and comments",
  })
  @Responds(200, 'SubmissionView')
  get(@Id() submissionId: string, @CurrentActor() actor: Actor): Promise<SubmissionView> {
    return this.submissions.view(submissionId, actor);
  }

  @Get(':submissionId/indicators/:indicator/training-records')
  @Can('submission.read')
  @ApiOperation({
    summary: 'The attendance rows behind a computed training value of this submission, with their total',
  })
  @Responds(200, 'TrainingLeafRecords')
  trainingRecords(
    @Id() submissionId: string,
    @Param('indicator') indicator: string,
    @CurrentActor() actor: Actor,
  ): Promise<TrainingLeafRecords> {
    return this.submissions.trainingRecords(submissionId, indicator, actor);
  }

  @Put(':submissionId/values')
  @Can('submission.edit')
  @ApiOperation({
    summary: 'Save values: agencies their figures while editable, evaluators the ratings under review',
  })
  @Responds(200, 'SaveValuesResult')
  @ApiConflictResponse({
    description: 'Stale version (the body carries the current submission), deadline passed, or locked',
  })
  saveValues(
    @Id() submissionId: string,
    @Body() body: SaveValuesDto,
    @CurrentActor() actor: Actor,
  ): Promise<SaveValuesResult> {
    return this.submissions.saveValues(submissionId, body, actor);
  }

  @Post(':submissionId/submit')
  @HttpCode(200)
  @Can('submission.submit')
  @ApiOperation({ summary: 'Submit for review; every agency indicator needs a value and required evidence' })
  @Responds(200, 'SubmissionView')
  submit(
    @Id() submissionId: string,
    @Body() body: SubmissionVersionDto,
    @CurrentActor() actor: Actor,
  ): Promise<SubmissionView> {
    return this.submissions.submit(submissionId, body.version, actor);
  }

  @Post(':submissionId/return')
  @HttpCode(200)
  @Can('submission.return')
  @ApiOperation({ summary: 'Return a submitted submission to the agency with comments per indicator' })
  @Responds(200, 'SubmissionView')
  returnForFixes(
    @Id() submissionId: string,
    @Body() body: ReturnSubmissionDto,
    @CurrentActor() actor: Actor,
  ): Promise<SubmissionView> {
    return this.submissions.returnForFixes(submissionId, body, actor);
  }

  @Post(':submissionId/approve')
  @HttpCode(200)
  @Can('submission.approve')
  @ApiOperation({ summary: 'Approve and lock a submitted submission; every rating must be entered' })
  @Responds(200, 'SubmissionView')
  approve(
    @Id() submissionId: string,
    @Body() body: SubmissionVersionDto,
    @CurrentActor() actor: Actor,
  ): Promise<SubmissionView> {
    return this.submissions.approve(submissionId, body.version, actor);
  }
}
