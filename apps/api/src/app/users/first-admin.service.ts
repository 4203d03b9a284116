import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import type { Environment } from '../config/environment';
import { ENVIRONMENT } from '../config/environment.token';
import { User } from './user.entity';

export interface FirstAdmin {
  login: string;
  /** Set only when the password was generated here and must be shown once. */
  oneTimePassword?: string;
}

/** Makes sure a fresh installation has a national admin who can sign in and set everything else up. */
@Injectable()
export class FirstAdminService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(ENVIRONMENT) private readonly env: Environment,
  ) {}

  /** Creates the first admin when none exists: from ADMIN_LOGIN/ADMIN_PASSWORD, or `admin` with a generated password. */
  async ensure(): Promise<FirstAdmin | null> {
    const users = this.dataSource.getRepository(User);
    if (await users.existsBy({ role: 'admin' })) return null;
    const fromEnv = this.env.ADMIN_LOGIN && this.env.ADMIN_PASSWORD;
    const login = fromEnv ? (this.env.ADMIN_LOGIN as string) : 'admin';
    const password = fromEnv ? (this.env.ADMIN_PASSWORD as string) : randomBytes(12).toString('base64url');
    await users.save({
      login,
      displayName: 'National administrator',
      passwordHash: await hashPassword(password),
      role: 'admin',
      regionId: null,
      agencyId: null,
      locale: 'ru',
      active: true,
      failedLogins: 0,
    });
    return fromEnv ? { login } : { login, oneTimePassword: password };
  }
}
