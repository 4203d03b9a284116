import { Module } from '@nestjs/common';
import { FirstAdminService } from './first-admin.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController],
  providers: [FirstAdminService, UsersService],
  exports: [FirstAdminService],
})
export class UsersModule {}
