import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** Sign-in and password texts, loaded with the sign-in and password screens and the password dialog. */
export const AUTH_TEXTS = { ru, kk, fa, en };
