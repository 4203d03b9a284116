// The demo start (`npm start`, `npm run demo`, the browser tests): the production start plus the demo region,
// built as its own bundle (demo.js beside main.js) so that main.js carries no demo data.
import 'reflect-metadata';
import { runFromCommandLine } from './app/run-command';
import { loadDemo } from './demo/load-demo';

runFromCommandLine(loadDemo);
