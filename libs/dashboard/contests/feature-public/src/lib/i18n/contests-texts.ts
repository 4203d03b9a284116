import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** The contests area's texts, loaded with its routes. */
export const CONTESTS_TEXTS = { ru, kk, fa, en };
