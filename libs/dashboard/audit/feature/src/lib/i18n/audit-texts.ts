import en from './en.json';
import fa from './fa.json';
import kk from './kk.json';
import ru from './ru.json';

/** The audit log's texts, loaded with its route. */
export const AUDIT_TEXTS = { ru, kk, fa, en };
