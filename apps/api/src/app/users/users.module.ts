import { Module } from '@nestjs/common';
import { FirstAdminService } from './first-admin.service';
import { JournalistAccounts } from './journalist-accounts';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  controllers: [UsersController],
  providers: [FirstAdminService, UsersService, JournalistAccounts],
  exports: [FirstAdminService, JournalistAccounts],
})
export class UsersModule {}
