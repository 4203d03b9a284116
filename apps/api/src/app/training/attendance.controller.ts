import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseBoolPipe,
  ParseIntPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import type { AttendanceImportResult, AttendanceView, SessionUser } from '@prgauge/contracts';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor';
import { CurrentActor, CurrentUser, Can } from '../auth/auth.decorators';
import { AttendanceImportService } from './attendance-import.service';
import { AttendanceService } from './attendance.service';
import { AttendanceRowDto, UpdateAttendanceDto } from './dto/attendance.dto';
import { XLSX_TYPE } from '../common/uploads/file-type';
import { readRegisterUpload } from './register-upload';
import { ParseIdPipe } from '../common/parse-id.pipe';

@ApiTags('training')
@Controller('training')
export class AttendanceController {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly imports: AttendanceImportService,
  ) {}

  @Get('events/:eventId/attendance')
  @Can('training.attendance.read')
  @ApiOperation({ summary: "The event's register; an agency editor sees their own agency's rows" })
  @Responds(200, { arrayOf: 'AttendanceView' })
  list(
    @Param('eventId', ParseIdPipe) eventId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<AttendanceView[]> {
    return this.attendance.list(eventId, user);
  }

  @Post('events/:eventId/attendance')
  @Can('training.attendance.manage')
  @ApiOperation({ summary: 'Add a participant; hours default to the planned hours' })
  @Responds(201, 'AttendanceView')
  add(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Body() body: AttendanceRowDto,
    @CurrentActor() actor: Actor,
  ): Promise<AttendanceView> {
    return this.attendance.add(eventId, body, actor);
  }

  @Post('events/:eventId/attendance/import')
  @Can('training.attendance.manage')
  @ApiOperation({ summary: 'Add a register from a CSV or XLSX file: all rows or none; dryRun=true previews' })
  @Responds(201, 'AttendanceImportResult')
  @ApiConsumes('text/csv', XLSX_TYPE, 'multipart/form-data')
  @ApiBody({
    description:
      'Columns participant_name,agency,outlet,personal_id,audience,attended,hours; agency is the agency code; rows with the same personal_id, or the same name and organisation, are one person. CSV separated by commas, semicolons or tabs, in UTF-8, UTF-16, Windows-1251 or Windows-1256 (400 `file.undecodable` naming the line otherwise), or the first sheet of an XLSX workbook, whose formulas are read by their cached result and durations (1:30) as hours. An hours cell such as "1,500" that could be read two ways is refused by row and column (`file.ambiguous_number`).',
    schema: {
      type: 'string',
      example: 'participant_name,agency,outlet,audience,attended,hours\nA. Sadykova,MED,,pr_staff,yes,16',
    },
  })
  @ApiQuery({ name: 'dryRun', required: false, type: Boolean })
  async importRegister(
    @Param('eventId', ParseIdPipe) eventId: string,
    @Req() request: FastifyRequest,
    @Body() body: unknown,
    @CurrentActor() actor: Actor,
    @Query('dryRun', new ParseBoolPipe({ optional: true })) dryRun?: boolean,
  ): Promise<AttendanceImportResult> {
    const upload = await readRegisterUpload(request, body);
    return this.imports.importRegister(eventId, upload, dryRun ?? false, actor);
  }

  @Patch('attendance/:attendanceId')
  @Can('training.attendance.manage')
  @ApiOperation({ summary: 'Change a register row; a stale version gets 409 with the current row' })
  @Responds(200, 'AttendanceView')
  update(
    @Param('attendanceId', ParseIdPipe) attendanceId: string,
    @Body() body: UpdateAttendanceDto,
    @CurrentActor() actor: Actor,
  ): Promise<AttendanceView> {
    return this.attendance.update(attendanceId, body, actor);
  }

  @Delete('attendance/:attendanceId')
  @Can('training.attendance.manage')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a register row; with version, a stale one gets 409' })
  @Responds(204)
  @ApiQuery({ name: 'version', required: false, type: Number })
  remove(
    @Param('attendanceId', ParseIdPipe) attendanceId: string,
    @CurrentActor() actor: Actor,
    @Query('version', new ParseIntPipe({ optional: true })) version?: number,
  ): Promise<void> {
    return this.attendance.remove(attendanceId, version, actor);
  }
}
