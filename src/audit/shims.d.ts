/**
 * The few Node 20 built-ins the audit uses, declared by hand because @types/node is not a
 * dependency of this package (like src/receiver/shims.d.ts). Each signature is a faithful subset
 * of @types/node's, so the code also compiles against the real types. The audit is compiled with
 * lib DOM (for the functions it runs inside the page and for the shared browser modules), so
 * nothing here may redeclare what DOM already has (URL, setTimeout, fetch, …).
 */

declare class Buffer extends Uint8Array {
  static from(data: string, encoding?: 'utf8' | 'base64'): Buffer;
  static from(data: Uint8Array): Buffer;
  toString(encoding?: 'utf8' | 'base64'): string;
}

declare var process: {
  argv: string[];
  env: Record<string, string | undefined>;
  exitCode: number | undefined;
  cwd(): string;
  exit(code?: number): never;
  stdout: { write(text: string): boolean };
  stderr: { write(text: string): boolean; isTTY?: boolean };
};

interface ImportMeta {
  url: string;
}

declare module 'node:fs/promises' {
  export function readFile(path: string, encoding: 'utf8'): Promise<string>;
  export function writeFile(path: string, data: string | Uint8Array): Promise<void>;
  export function mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
}

declare module 'node:path' {
  export function join(...parts: string[]): string;
  export function resolve(...parts: string[]): string;
  export function dirname(path: string): string;
  export function relative(from: string, to: string): string;
}

declare module 'node:module' {
  export function createRequire(path: string): { (id: string): unknown; resolve(id: string): string };
}

declare module 'node:util' {
  interface OptionSpec {
    type: 'string' | 'boolean';
    short?: string;
    multiple?: boolean;
    default?: string | boolean;
  }
  type ValueOf<O> = O extends { type: 'boolean' } ? boolean : O extends { multiple: true } ? string[] : string;
  export function parseArgs<const T extends Record<string, OptionSpec>>(config: {
    args?: string[];
    options: T;
    allowPositionals?: boolean;
    strict?: boolean;
  }): { values: { [K in keyof T]?: ValueOf<T[K]> }; positionals: string[] };
}
