// Node 20's Jest cannot require ESM-only packages, and a few server dependencies now ship only ESM:
// compile just those to CommonJS for tests.
const ESM_ONLY = ['content-disposition', 'cookie'];

module.exports = {
  transform: {
    [`^.+/node_modules/(${ESM_ONLY.join('|')})/.+\\.js$`]: [
      'ts-jest',
      { tsconfig: require('path').join(__dirname, 'tsconfig.esm-deps.json'), diagnostics: false },
    ],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
};
