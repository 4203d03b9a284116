import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginAttempt } from './login-attempt.entity';
import { LoginService } from './login.service';
import { PasswordResetLink } from './password-reset-link.entity';
import { PasswordResetService } from './password-reset.service';
import { UserSession } from './session.entity';
import { SessionService } from './session.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([UserSession, LoginAttempt, PasswordResetLink])],
  controllers: [AuthController],
  providers: [
    AuthService,
    LoginService,
    SessionService,
    PasswordResetService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SessionService],
})
export class AuthModule {
  /**
   * Auth with the module that provides and exports its `AccountDirectory` (users/): the application wires the
   * two together, so that auth never imports the module whose controllers use its decorators.
   */
  static withAccounts(accounts: Type): DynamicModule {
    return { module: AuthModule, imports: [accounts] };
  }
}
