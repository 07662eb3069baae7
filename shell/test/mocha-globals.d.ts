// Mocha's globals as web-test-runner provides them (the repo has no @types/mocha).
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => unknown): void;
declare function before(fn: () => unknown): void;
declare function after(fn: () => unknown): void;
declare function beforeEach(fn: () => unknown): void;
declare function afterEach(fn: () => unknown): void;
