import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** Texts of the review page that load with its lazy route rather than with the first page. */
export const REVIEW_TEXTS = { ru, kk, fa, en };
