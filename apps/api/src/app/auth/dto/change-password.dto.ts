import { ApiProperty } from '@nestjs/swagger';
import type { ChangePasswordRequest } from '@prgauge/contracts';
import { IsString, MaxLength } from 'class-validator';
import { NewPasswordProperty } from './new-password.decorator';

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @NewPasswordProperty()
  newPassword!: string;
}
