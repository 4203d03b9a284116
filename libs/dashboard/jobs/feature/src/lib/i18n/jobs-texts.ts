import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** The background jobs page's texts, loaded with its route. */
export const JOBS_TEXTS = { ru, kk, fa, en };
