/**
 * The few Node 20 built-ins the command-line tools (src/tools) use, declared by hand because
 * @types/node is not a dependency of this package (like src/audit/shims.d.ts). Each signature is a
 * faithful subset of @types/node's. Modules only: the globals (process, …) are the audit shims'.
 */

declare module 'node:fs' {
  export function readFileSync(path: string | URL, encoding: 'utf8'): string;
  export function writeFileSync(path: string | URL, data: string): void;
  export function readdirSync(path: string | URL): string[];
  export function existsSync(path: string | URL): boolean;
}
