import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** The bell's panel and the notifications page's texts, loaded with them. */
export const NOTIFICATION_TEXTS = { ru, kk, fa, en };
