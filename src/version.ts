/** The package version (kept in step with package.json by tests/core/cli.test.ts). */
export const VERSION = '0.1.0';
