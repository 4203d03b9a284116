// The production start: serve or migrate. The demo start is demo.ts, built beside this as demo.js.
import 'reflect-metadata';
import { runFromCommandLine } from './app/run-command';

runFromCommandLine();
