import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { hashPassword } from '../auth/passwords';
import type { Environment } from '../config/environment';
import { ENVIRONMENT } from '../config/environment.token';
import { User } from './user.entity';

export interface FirstAdmin {
  login: string;
  /** Set only when the password was generated here and must be shown once. */
  oneTimePassword?: string;
}

/** The one line that tells whoever started a fresh installation how to sign in. */
export function firstAdminNotice(admin: FirstAdmin & { oneTimePassword: string }): string {
  return `First admin account: login "${admin.login}", password "${admin.oneTimePassword}" — change it after signing in.`;
}

/** Makes sure a fresh installation has a national admin who can sign in and set everything else up. */
@Injectable()
export class FirstAdminService {
  constructor(
    private readonly manager: EntityManager,
    @Inject(ENVIRONMENT) private readonly env: Environment,
    private readonly audit: AuditService,
  ) {}

  /** Creates the first admin when none exists: from ADMIN_LOGIN/ADMIN_PASSWORD, or `admin` with a generated password. */
  async ensure(): Promise<FirstAdmin | null> {
    return this.manager.transaction(async (manager) => {
      // Two instances starting together on one database must not both create an admin.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('first-admin'))`);
      if (await manager.existsBy(User, { role: 'admin' })) return null;
      const fromEnv = this.env.ADMIN_LOGIN && this.env.ADMIN_PASSWORD;
      const login = fromEnv ? (this.env.ADMIN_LOGIN as string) : 'admin';
      const password = fromEnv ? (this.env.ADMIN_PASSWORD as string) : randomBytes(12).toString('base64url');
      if (await manager.existsBy(User, { login }))
        throw new Error(`Cannot create the first admin: the login "${login}" belongs to another account`);
      const admin = await manager.save(User, {
        login,
        // No name in any one language: screens show the role in the reader's until the admin gives a name.
        displayName: '',
        passwordHash: await hashPassword(password),
        role: 'admin',
        regionId: null,
        agencyId: null,
        locale: null,
        active: true,
        // A generated password has been printed in the log: it must not stay in use.
        passwordChangeRequired: !fromEnv,
      });
      await this.audit.record(manager, null, {
        action: 'user.create-first-admin',
        entity: 'user',
        entityId: admin.id,
        changes: fieldChanges(null, admin, ['login', 'role']),
      });
      return fromEnv ? { login } : { login, oneTimePassword: password };
    });
  }
}
