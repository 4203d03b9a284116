import type { OwnAccountView, SessionUser, UpdateOwnAccountRequest } from '@prgauge/contracts';
import { AccountDirectory, type SignInAccount } from './account-directory';
import type { Actor } from './actor';
import { AuthService } from './auth.service';
import type { LoginService } from './login.service';
import { hashPassword, verifyPassword } from './passwords';
import type { SessionService } from './session.service';

const CURRENT = 'the current long password';
const CHOSEN = 'a fresh unguessable phrase';

const user: SessionUser = {
  id: 'u-1',
  login: 'director',
  displayName: 'Aliya Nurlanova',
  role: 'director',
  regionId: 'r-1',
  agencyId: null,
  locale: null,
  passwordChangeRequired: true,
};
const actor: Actor = { user, requestId: 'req-1', ip: '10.0.0.1' };
let currentHash = '';

/** The accounts auth sees, in memory: one account, and the passwords saved for it. */
class FakeAccounts extends AccountDirectory {
  readonly saved: { actor: Actor; passwordHash: string }[] = [];
  constructor(private readonly account: SignInAccount) {
    super();
  }
  async signInAccountByLogin(login: string): Promise<SignInAccount | null> {
    return login === this.account.user.login ? this.account : null;
  }
  async signInAccountById(userId: string): Promise<SignInAccount> {
    if (userId !== this.account.user.id) throw new Error(`no account ${userId}`);
    return this.account;
  }
  activeSessionUserQuery(): string {
    throw new Error('not read in this spec');
  }
  async ownAccount(): Promise<OwnAccountView> {
    return { ...this.account.user, email: null };
  }
  async saveOwnAccount(_by: Actor, changes: UpdateOwnAccountRequest): Promise<OwnAccountView> {
    return { ...this.account.user, email: null, ...changes };
  }
  async saveOwnPassword(by: Actor, passwordHash: string): Promise<void> {
    this.saved.push({ actor: by, passwordHash });
  }
  // Password resets by email are tested against the database (password-reset.int-spec.ts).
  async resettableAccounts(): Promise<SessionUser[]> {
    return [];
  }
  async activeAccountForUpdate(): Promise<SessionUser | null> {
    return null;
  }
  async saveResetPassword(): Promise<void> {
    throw new Error('not used by a password change');
  }
}

/** AuthService over the fake accounts, with a throttle that always lets the check run and sessions that note what they close. */
function serviceWithAccount() {
  const accounts = new FakeAccounts({ user, passwordHash: currentHash, active: true });
  const closed: [string, string | undefined][] = [];
  const logins: Pick<LoginService, 'attempt'> = {
    attempt: <T>(_login: string, _ip: string, check: () => Promise<T | null>) => check(),
  };
  const sessions: Pick<SessionService, 'closeOthers'> = {
    closeOthers: async (userId, keep) => void closed.push([userId, keep]),
  };
  const service = new AuthService(logins as LoginService, sessions as SessionService, accounts);
  return { service, accounts, closed };
}

const codeOf = (error: unknown) => (error as { code?: string }).code;

describe('changing one’s own password, against in-memory accounts', () => {
  // argon2 is slow by design; on a busy machine three hashes and checks can outlast Jest's default 5 s.
  jest.setTimeout(60_000);
  beforeAll(async () => {
    currentHash = await hashPassword(CURRENT);
  });

  it('saves a hash of the new password through the account directory, then ends the other sessions', async () => {
    const { service, accounts, closed } = serviceWithAccount();
    await service.changePassword(actor, { currentPassword: CURRENT, newPassword: CHOSEN }, 'token-1');
    expect(accounts.saved.map((s) => s.actor)).toEqual([actor]);
    await expect(verifyPassword(accounts.saved[0].passwordHash, CHOSEN)).resolves.toBe(true);
    expect(closed).toEqual([['u-1', 'token-1']]);
  });

  it('refuses a wrong current password and saves nothing', async () => {
    const { service, accounts, closed } = serviceWithAccount();
    const refusal = await service
      .changePassword(actor, { currentPassword: 'not it at all', newPassword: CHOSEN }, 'token-1')
      .catch((error: unknown) => error);
    expect(codeOf(refusal)).toBe('auth.current_password_wrong');
    expect(accounts.saved).toEqual([]);
    expect(closed).toEqual([]);
  });

  it('refuses the current password chosen again', async () => {
    const { service, accounts } = serviceWithAccount();
    const refusal = await service
      .changePassword(actor, { currentPassword: CURRENT, newPassword: CURRENT }, undefined)
      .catch((error: unknown) => error);
    expect(codeOf(refusal)).toBe('auth.password_unchanged');
    expect(accounts.saved).toEqual([]);
  });
});
