import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/openapi/responds.decorator';
import type { ApplicationView, VoterView } from '@prgauge/contracts';
import type { Actor } from '../../auth/actor';
import { CurrentActor, Can } from '../../auth/auth.decorators';
import { ErasePersonalDataDto } from './dto/personal-data.dto';
import { PersonalDataService } from './personal-data.service';
import { ParseIdPipe } from '../../common/parse-id.pipe';

@ApiTags('contests')
@Controller()
export class PersonalDataController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Post('contest-applications/:applicationId/personal-data-erasure')
  @Can('contest.personal_data.erase')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Erase an applicant's contact data and files at their request; name, project and results stay. " +
      "Organisers of the contest only (404 otherwise); audited with the request's reason",
  })
  @Responds(200, 'ApplicationView')
  eraseApplicant(
    @Param('applicationId', ParseIdPipe) applicationId: string,
    @Body() body: ErasePersonalDataDto,
    @CurrentActor() actor: Actor,
  ): Promise<ApplicationView> {
    return this.personalData.eraseApplicant(applicationId, body, actor);
  }

  @Post('contest-voters/:voterId/personal-data-erasure')
  @Can('contest.personal_data.erase')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "Erase a voter's work link and document at their request, and their account's login and name when no " +
      'other registration needs them; their votes still count. Organisers only (404 otherwise); audited',
  })
  @Responds(200, 'VoterView')
  eraseVoter(
    @Param('voterId', ParseIdPipe) voterId: string,
    @Body() body: ErasePersonalDataDto,
    @CurrentActor() actor: Actor,
  ): Promise<VoterView> {
    return this.personalData.eraseVoter(voterId, body, actor);
  }
}
