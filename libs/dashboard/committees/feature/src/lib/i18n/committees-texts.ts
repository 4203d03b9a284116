import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** The committees' texts, loaded with their routes. */
export const COMMITTEES_TEXTS = { ru, kk, fa, en };
