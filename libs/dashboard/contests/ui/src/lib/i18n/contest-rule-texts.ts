import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** The texts of a contest's rules that both the public pages and the organisers' forms show. */
export const CONTEST_RULE_TEXTS = { ru, kk, fa, en };
