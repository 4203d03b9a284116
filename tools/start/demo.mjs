// `npm run demo`: loads the demo region into DATABASE_URL, or into the embedded server, when it holds no region yet.
import { build, runApi } from './run-api.mjs';

build(['api']);
runApi(['demo'], { NODE_ENV: process.env.NODE_ENV ?? 'production' }, 'demo.js');
