// Jest for an Angular project: zoneless TestBed set up by the project's src/test-setup.ts.
const { relative } = require('node:path');

module.exports = function angularJestConfig(displayName, projectDir) {
  const toRoot = relative(projectDir, __dirname) || '.';
  return {
    displayName,
    preset: `${toRoot}/jest.preset.js`,
    setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
    coverageDirectory: `${toRoot}/coverage/${relative(__dirname, projectDir)}`,
    transform: {
      '^.+\\.(ts|mjs|js|html)$': [
        'jest-preset-angular',
        { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' },
      ],
    },
    transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$)'],
    snapshotSerializers: [
      'jest-preset-angular/build/serializers/no-ng-attributes',
      'jest-preset-angular/build/serializers/ng-snapshot',
      'jest-preset-angular/build/serializers/html-comment',
    ],
  };
};
