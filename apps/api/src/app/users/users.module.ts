import { Module } from '@nestjs/common';
import { AccountDirectory } from '../auth/account-directory';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from './user.entity';
import { FirstAdminService } from './first-admin.service';
import { JournalistAccounts } from './journalist-accounts';
import { UserAccountDirectory } from './sign-in-accounts';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([User])],
  controllers: [UsersController],
  providers: [
    FirstAdminService,
    UsersService,
    JournalistAccounts,
    { provide: AccountDirectory, useClass: UserAccountDirectory },
  ],
  exports: [FirstAdminService, JournalistAccounts, AccountDirectory],
})
export class UsersModule {}
