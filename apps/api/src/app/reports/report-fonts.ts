import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The faces a report uses: Roboto for Latin and Cyrillic (Kazakh letters are in its cyrillic-ext part), Vazirmatn for Persian. */
const FACES = [
  { family: 'PgLatin', file: '@fontsource/roboto/files/roboto-latin-{w}-normal.woff2' },
  { family: 'PgCyrillic', file: '@fontsource/roboto/files/roboto-cyrillic-{w}-normal.woff2' },
  { family: 'PgCyrillicExt', file: '@fontsource/roboto/files/roboto-cyrillic-ext-{w}-normal.woff2' },
  { family: 'PgPersian', file: '@fontsource/vazirmatn/files/vazirmatn-arabic-{w}-normal.woff2' },
  { family: 'PgPersianLatin', file: '@fontsource/vazirmatn/files/vazirmatn-latin-{w}-normal.woff2' },
] as const;

/** Font stacks: Persian pages take Vazirmatn's Latin too, so digits and codes match the Persian letters' weight. */
export const FONT_STACK = {
  rtl: 'PgPersian, PgPersianLatin, PgCyrillic, PgCyrillicExt, sans-serif',
  ltr: 'PgLatin, PgCyrillic, PgCyrillicExt, PgPersian, sans-serif',
} as const;

let css: string | null = null;

/**
 * `@font-face` rules with every face inlined as a data URL (about 180 KB), so a page needs no network and no
 * installed fonts: the server has no Persian font of its own. Chromium embeds only the glyphs a PDF uses.
 * The files are found from the working directory, where `npm start` and the tests run.
 */
export function reportFontFaces(): string {
  if (css !== null) return css;
  const resolve = createRequire(join(process.cwd(), 'package.json')).resolve;
  css = FACES.flatMap(({ family, file }) =>
    ['400', '700'].map((weight) => {
      const data = readFileSync(resolve(file.replace('{w}', weight))).toString('base64');
      return `@font-face{font-family:${family};font-weight:${weight};font-style:normal;src:url(data:font/woff2;base64,${data}) format('woff2');}`;
    }),
  ).join('\n');
  return css;
}
