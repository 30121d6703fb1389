/**
 * The BDD globals web-test-runner's Mocha defines in the page before each test file runs
 * (`describe`, `it`, hooks). Mocha publishes no types of its own and @types/mocha is not a
 * dependency, so these are the forms the browser tests use: a title and a function, or an
 * async function whose promise Mocha waits for. A test that needs `this.timeout()` or `done` adds it here.
 */
type MochaBody = (() => void) | (() => PromiseLike<unknown>);

declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: MochaBody): void;
declare function before(body: MochaBody): void;
declare function after(body: MochaBody): void;
declare function beforeEach(body: MochaBody): void;
declare function afterEach(body: MochaBody): void;
