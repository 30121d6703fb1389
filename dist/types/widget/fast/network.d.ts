import type { GateOptions } from './gate.js';
/** Starts refusing. `o` is the gates' options: its rules change when the notice is trusted. */
export declare function guardNetwork(o: Pick<GateOptions, 'granted' | 'rules'>): void;
