import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** The organisers' contest texts, loaded with their routes. */
export const CONTESTS_ADMIN_TEXTS = { ru, kk, fa, en };
