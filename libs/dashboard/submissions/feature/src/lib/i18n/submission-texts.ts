import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** Texts of the submission form that load with its lazy route rather than with the first page. */
export const SUBMISSION_TEXTS = { ru, kk, fa, en };
