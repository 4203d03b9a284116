import { join } from 'node:path';
import * as ts from 'typescript';

const here = __dirname;
const probePath = join(here, 'responds-probe.ts');

/** Handlers under `@Responds`; the lines marked `refused` must not compile, every other line must. */
const PROBE = `
import type { AgencyView, CycleView, Page } from '@prgauge/contracts';
import { jsonBytes, NOT_MODIFIED, type JsonBytesOf } from './json-bytes';
import { FILE_DOWNLOAD, Responds } from './responds.decorator';

declare const agency: AgencyView;
declare const cycle: CycleView;

export class Probe {
  @Responds(200, 'AgencyView')
  one(): Promise<AgencyView> { return Promise.resolve(agency); }

  @Responds(201, 'AgencyView')
  created(id: string, body: { code: string }): AgencyView { return { ...agency, id, code: body.code }; }

  @Responds(200, { arrayOf: 'AgencyView' })
  many(): Promise<AgencyView[]> { return Promise.resolve([agency]); }

  @Responds(200, { pageOf: 'AgencyView' })
  paged(): Promise<Page<AgencyView>> { return Promise.resolve({ items: [agency], total: 1, totalIsLowerBound: false, limit: 50, offset: 0 }); }

  @Responds(200, 'AgencyView')
  stored(): JsonBytesOf<AgencyView> { return jsonBytes(agency); }

  @Responds(200, 'AgencyView')
  notModified(): JsonBytesOf<AgencyView> { return NOT_MODIFIED; }

  @Responds(204)
  nothing(): Promise<void> { return Promise.resolve(); }

  @Responds(200, FILE_DOWNLOAD)
  file(): Promise<Buffer> { return Promise.resolve(Buffer.alloc(0)); }

  @Responds(200, 'AgencyView') // refused: another contract type
  other(): Promise<CycleView> { return Promise.resolve(cycle); }

  @Responds(200, 'AgencyView') // refused: a list where one is named
  list(): Promise<AgencyView[]> { return Promise.resolve([agency]); }

  @Responds(200, { arrayOf: 'AgencyView' }) // refused: one where a list is named
  single(): Promise<AgencyView> { return Promise.resolve(agency); }

  @Responds(200, { pageOf: 'AgencyView' }) // refused: a bare list where a page is named
  bare(): Promise<AgencyView[]> { return Promise.resolve([agency]); }

  @Responds(200, { pageOf: 'AgencyView' }) // refused: a page of another type
  pageOfOther(): Promise<Page<CycleView>> { return Promise.resolve({ items: [cycle], total: 1, totalIsLowerBound: false, limit: 50, offset: 0 }); }

  @Responds(204) // refused: a body on 204
  body(): Promise<AgencyView> { return Promise.resolve(agency); }

  @Responds(200, 'AgencyView') // refused: bytes of another type
  bytes(): JsonBytesOf<CycleView> { return jsonBytes(cycle); }

  @Responds(200, 'AgencyView') // refused: plain bytes are not a documented body
  raw(): Buffer { return Buffer.alloc(0); }

  @Responds(200, 'NoSuchBody') // refused: not a key of ResponseBodies
  unknown(): Promise<AgencyView> { return Promise.resolve(agency); }
}
`;

/** The lines of the probe that TypeScript reports errors on, with the messages. */
function refusedLines(): Map<number, string> {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(here, '../../../../tsconfig.app.json'),
    { noEmit: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.app.json not found');
  const host = ts.createCompilerHost(config.options);
  const original = {
    getSourceFile: host.getSourceFile,
    fileExists: host.fileExists,
    readFile: host.readFile,
  };
  host.fileExists = (file) => file === probePath || original.fileExists(file);
  host.readFile = (file) => (file === probePath ? PROBE : original.readFile(file));
  host.getSourceFile = (file, language, ...rest) =>
    file === probePath
      ? ts.createSourceFile(file, PROBE, language)
      : original.getSourceFile(file, language, ...rest);
  const program = ts.createProgram([probePath], config.options, host);
  const lines = new Map<number, string>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program, program.getSourceFile(probePath))) {
    const { line } = ts.getLineAndCharacterOfPosition(
      diagnostic.file as ts.SourceFile,
      diagnostic.start ?? 0,
    );
    lines.set(line, ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  }
  return lines;
}

describe('@Responds', () => {
  it('compiles only on handlers that return the named contract type', () => {
    const marked = PROBE.split('\n').flatMap((line, i) => (line.includes('// refused') ? [i] : []));
    const refused = refusedLines();
    expect(marked).toHaveLength(9);
    expect([...refused.keys()].sort((a, b) => a - b)).toEqual(marked);
  }, 60_000);
});
