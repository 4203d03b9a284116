import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** The organisation administration's texts, loaded with its routes. */
export const ORGANISATION_TEXTS = { ru, kk, fa, en };
