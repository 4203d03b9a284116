import { HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { SessionUser } from '@prgauge/contracts';
import { MoreThan, Repository } from 'typeorm';
import { User } from '../users/user.entity';
import { LoginAttempt } from './login-attempt.entity';
import { DUMMY_HASH, verifyPassword } from './passwords';
import { toSessionUser } from './session.service';

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;
export const IP_FAILURES_PER_WINDOW = 20;

// One message for every failure, so nobody can learn whether a login exists or is locked.
const REFUSED = 'Wrong login or password. After repeated failures sign-in is paused for a while.';

@Injectable()
export class LoginService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @InjectRepository(LoginAttempt) private readonly attempts: Repository<LoginAttempt>,
  ) {}

  /** Checks a login and password; counts failures per account and per address. */
  async authenticate(login: string, password: string, ip: string): Promise<SessionUser> {
    await this.refuseFloodingAddress(ip);
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.login = :login', { login })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    const locked = !!user?.lockedUntil && user.lockedUntil.getTime() > Date.now();
    const succeeded = !!user && user.active && valid && !locked;
    await this.attempts.insert({ ip, login, succeeded });
    if (!user) throw new UnauthorizedException(REFUSED);
    if (!succeeded) {
      if (!locked) await this.countFailure(user);
      throw new UnauthorizedException(REFUSED);
    }
    if (user.failedLogins > 0 || user.lockedUntil) {
      await this.users.update(user.id, { failedLogins: 0, lockedUntil: null });
    }
    return toSessionUser(user);
  }

  private async countFailure(user: User): Promise<void> {
    // Incremented in SQL so that parallel wrong guesses all count.
    await this.users
      .createQueryBuilder()
      .update()
      .set({
        failedLogins: () =>
          `CASE WHEN failed_logins + 1 >= ${LOCK_AFTER_FAILURES} THEN 0 ELSE failed_logins + 1 END`,
        lockedUntil: () =>
          `CASE WHEN failed_logins + 1 >= ${LOCK_AFTER_FAILURES} THEN now() + interval '${LOCK_MINUTES} minutes' ELSE locked_until END`,
      })
      .where('id = :id', { id: user.id })
      .execute();
  }

  private async refuseFloodingAddress(ip: string): Promise<void> {
    const since = new Date(Date.now() - LOCK_MINUTES * 60_000);
    const failures = await this.attempts.countBy({ ip, succeeded: false, at: MoreThan(since) });
    if (failures >= IP_FAILURES_PER_WINDOW) {
      throw new HttpException(
        { message: `Too many sign-in attempts from this address; try again in ${LOCK_MINUTES} minutes` },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }
}
