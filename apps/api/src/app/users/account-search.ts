import { EventSubscriber } from 'typeorm';
import { SearchColumnSubscriber } from '../common/search-column';
import { User } from './user.entity';

/** What an account is found by: its login and its display name. */
export const accountSearchTexts = (user: Pick<User, 'login' | 'displayName'>): string[] => [
  user.login,
  user.displayName,
];

/** Keeps `app_user.name_search` in step with the login and display name. */
@EventSubscriber()
export class AccountSearchSubscriber extends SearchColumnSubscriber<User> {
  protected readonly entity = User;
  protected readonly column = 'nameSearch';
  protected readonly sources = ['login', 'displayName'] as const;
  protected texts(user: User): string[] {
    return accountSearchTexts(user);
  }
}
