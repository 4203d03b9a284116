import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** The kinds' names and the preference table's headings; screens showing the table register them. */
export const NOTIFICATION_PREFERENCE_TEXTS = { ru, kk, fa, en };
