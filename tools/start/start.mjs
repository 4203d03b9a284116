// `npm start`: the whole product (API + dashboard) on http://localhost:3000 with the demo region loaded.
import { build, runApi } from './run-api.mjs';

build(['api', 'dashboard']);
runApi(
  [],
  {
    NODE_ENV: 'production',
    DASHBOARD_DIR: process.env.DASHBOARD_DIR ?? 'dist/apps/dashboard/browser',
    DEMO_DATA: process.env.DEMO_DATA ?? 'true',
  },
  'demo.js',
);
