/**
 * The few Node 20 built-ins the receiver uses, declared by hand because @types/node is not a
 * dependency of this package. Each signature is a faithful subset of @types/node's, so the code
 * also compiles against the real types (delete this file and set "types": ["node"] then).
 * It must never declare anything Node 20 does not have.
 */

declare class Buffer extends Uint8Array {
  static alloc(size: number): Buffer;
  static from(data: string, encoding?: 'utf8'): Buffer;
  static from(data: Uint8Array): Buffer;
  static concat(list: readonly Uint8Array[]): Buffer;
  static byteLength(text: string): number;
  toString(encoding?: 'utf8'): string;
  subarray(start?: number, end?: number): Buffer;
}

declare var process: {
  argv: string[];
  env: Record<string, string | undefined>;
  pid: number;
  exitCode: number | undefined;
  exit(code?: number): never;
  kill(pid: number, signal?: string | number): true;
  on(event: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
  stdout: { write(text: string): boolean };
  stderr: { write(text: string): boolean };
};

declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(timer: unknown): void;

declare class URLSearchParams {
  get(name: string): string | null;
  keys(): IterableIterator<string>;
}

declare class URL {
  constructor(input: string, base?: string);
  readonly host: string;
  readonly origin: string;
  readonly pathname: string;
  readonly protocol: string;
  readonly search: string;
  readonly searchParams: URLSearchParams;
}

declare module 'node:buffer' {
  export function isUtf8(input: Uint8Array): boolean;
}

declare module 'node:crypto' {
  interface Hash {
    update(data: string | Uint8Array): Hash;
    digest(): Buffer;
    digest(encoding: 'hex'): string;
  }
  export function createHash(algorithm: 'sha256'): Hash;
  export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean;
}

declare module 'node:path' {
  export function join(...parts: string[]): string;
  export function resolve(...parts: string[]): string;
}

declare module 'node:fs/promises' {
  export interface FileHandle {
    read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
    write(buffer: Uint8Array, offset: number, length: number): Promise<{ bytesWritten: number }>;
    writeFile(data: string | Uint8Array): Promise<void>;
    datasync(): Promise<void>;
    sync(): Promise<void>;
    truncate(length: number): Promise<void>;
    close(): Promise<void>;
  }
  export function open(path: string, flags: 'r' | 'r+' | 'a' | 'w'): Promise<FileHandle>;
  export function readFile(path: string, encoding: 'utf8'): Promise<string>;
  export function unlink(path: string): Promise<void>;
  export function mkdir(path: string, options: { recursive: true }): Promise<string | undefined>;
  export function stat(path: string): Promise<{ size: number }>;
  export function readdir(path: string): Promise<string[]>;
}

declare module 'node:util' {
  interface OptionSpec {
    type: 'string' | 'boolean';
    multiple?: boolean;
    default?: string | boolean;
  }
  type ValueOf<O> = O extends { type: 'boolean' } ? boolean : O extends { multiple: true } ? string[] : string;
  export function parseArgs<const T extends Record<string, OptionSpec>>(config: {
    args?: string[];
    options: T;
    allowPositionals?: boolean;
  }): { values: { [K in keyof T]?: ValueOf<T[K]> }; positionals: string[] };
}

declare module 'node:http' {
  interface Emitter {
    on(event: string, listener: (...args: any[]) => void): this;
    once(event: string, listener: (...args: any[]) => void): this;
    off(event: string, listener: (...args: any[]) => void): this;
  }
  export interface IncomingHttpHeaders {
    [name: string]: string | string[] | undefined;
    authorization?: string;
    'content-length'?: string;
    'content-type'?: string;
    host?: string;
    origin?: string;
  }
  export interface IncomingMessage extends Emitter {
    headers: IncomingHttpHeaders;
    method?: string;
    url?: string;
    socket: { remoteAddress?: string; destroy(): void };
  }
  export interface ServerResponse extends Emitter {
    readonly headersSent: boolean;
    readonly destroyed: boolean;
    writeHead(status: number, headers?: Record<string, string>): this;
    write(chunk: string): boolean;
    end(chunk?: string): this;
    destroy(): this;
  }
  export interface Server extends Emitter {
    requestTimeout: number;
    headersTimeout: number;
    listen(port: number, host: string, callback?: () => void): this;
    close(callback?: (err?: Error) => void): this;
    closeIdleConnections(): void;
    closeAllConnections(): void;
    address(): { address: string; family: string; port: number } | string | null;
  }
  export function createServer(listener: (req: IncomingMessage, res: ServerResponse) => void): Server;
}

/** The part of node-postgres (`pg`, CommonJS) the PostgreSQL store uses. */
declare module 'pg' {
  interface QueryResult<R> {
    rows: R[];
    rowCount: number | null;
  }
  class Pool {
    constructor(options: { connectionString: string; max?: number });
    query<R = Record<string, unknown>>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
    on(event: 'error', listener: (err: Error) => void): this;
    end(): Promise<void>;
  }
  const pg: { Pool: typeof Pool };
  export default pg;
  export type { Pool, QueryResult };
}
