import { INestApplication } from '@nestjs/common';
import { DEMO_PASSWORD, DemoDataService } from './demo-data.service';

/** Loads the demo region when the database holds no region yet; returns what to tell the person. */
export async function loadDemo(app: INestApplication): Promise<string[]> {
  const accounts = await DemoDataService.of(app).loadIfEmpty();
  if (!accounts) {
    return [
      `The database already holds a region, so nothing was loaded. Demo accounts, where it is the demo: admin, director, evaluator, viewer, editor, editor2, juror, journalist (password "${DEMO_PASSWORD}").`,
    ];
  }
  return [
    `Demo region loaded. Demo accounts (password "${DEMO_PASSWORD}"):`,
    ...accounts.map((account) => `  ${account.login.padEnd(10)} ${account.role.padEnd(14)} ${account.note}`),
  ];
}
