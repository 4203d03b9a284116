import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../common/openapi/responds.decorator';
import type { ScoringOutput } from '@prgauge/scoring';
import { Can } from '../auth/auth.decorators';
import { ScoringPreviewDto } from './dto/scoring-preview.dto';
import { ScoringPreviewService } from './scoring-preview.service';

@ApiTags('scores')
@Controller('scoring')
export class ScoringPreviewController {
  constructor(private readonly preview: ScoringPreviewService) {}

  @Post('preview')
  @HttpCode(200)
  @Can('scoring.preview')
  @ApiOperation({
    summary: "Score a document in the scoring library's own format (the same as the score CLI's input)",
  })
  @Responds(200, 'ScoringOutput')
  score(@Body() document: ScoringPreviewDto): ScoringOutput {
    return this.preview.score(document);
  }
}
