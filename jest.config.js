// Unit tests sit beside the code (*.test.ts); integration and browser tests live in tests/.
// ts-jest in isolatedModules mode transpiles each file alone (fast); `npm run typecheck` checks types.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/pipeline', '<rootDir>/server', '<rootDir>/web', '<rootDir>/tests', '<rootDir>/bench'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.(ts|js|mjs)$': ['ts-jest', { tsconfig: { isolatedModules: true, allowJs: true, module: 'commonjs', moduleResolution: 'node', esModuleInterop: true, resolveJsonModule: true, target: 'ES2022' } }],
  },
  // ESM-only packages that the main thread imports are transpiled to CommonJS for Jest.
  transformIgnorePatterns: ['/node_modules/(?!(@iconify/utils)/)'],
  testTimeout: 60000,
};
