// The API's `no-restricted-syntax` blocks alone, parsed without type information, so that a test can lint
// code that is not saved in any tsconfig. Each block keeps its own `files`, written to match from the
// workspace root as well as from the API's folder.
import tseslint from 'typescript-eslint';
import apiConfig from '../../apps/api/eslint.config.mjs';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  ...apiConfig
    .filter((block) => block.rules && 'no-restricted-syntax' in block.rules)
    .map((block) => ({
      files: block.files,
      ignores: block.ignores ?? [],
      rules: { 'no-restricted-syntax': block.rules['no-restricted-syntax'] },
    })),
];
