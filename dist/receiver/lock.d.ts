/** A held lock. */
export interface Lock {
    /** Lets go of the lock; resolves once the kernel has dropped it. */
    release(): Promise<void>;
}
/**
 * Takes the lock on `dir` (an absolute path), or throws naming why not. `onLost` hears if the
 * holder ends while the lock is held (someone killed it): the log must stop writing then.
 */
export declare function acquireLock(dir: string, onLost?: (why: string) => void): Promise<Lock>;
