// `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded server, and exits.
import { build, runApi } from './run-api.mjs';

build(['api']);
runApi(['migrate'], { NODE_ENV: process.env.NODE_ENV ?? 'production' });
