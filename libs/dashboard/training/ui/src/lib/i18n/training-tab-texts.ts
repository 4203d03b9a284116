import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** The training tabs' texts: registered by the training routes and by the committees' routes, which show the tabs too. */
export const TRAINING_TAB_TEXTS = { ru, kk, fa, en };
