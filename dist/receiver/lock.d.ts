/** Takes the lock on `dir` (an absolute path), or throws naming the process that has it. */
export declare function acquireLock(dir: string): Promise<() => Promise<void>>;
