#!/usr/bin/env node
// No import cycles in src/, imports of types included. ESLint's import-x/no-cycle follows only
// the imports that exist at run time, so two modules that import each other's types (or one a
// type, the other a value) pass it, although they can no longer be read, moved or split one
// without the other. This check reads every import the TypeScript parser sees: `import`,
// `import type`, `export … from`, `export * as x from`, `import x = require(…)`, `import(…)`
// calls and `import('…')` types (JSDoc ones in .mjs included), resolves the relative ones
// (`./x.js` is `./x.ts`), finds the strongly connected components of that graph (Tarjan) and
// names the files of each. What two modules share goes into a leaf they both import.
// Run by `npm run lint`.
//
//   node scripts/cycles.mjs [folder]   (default src/) prints each cycle and exits 1 if any
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The source files a module graph is made of (declaration files and generated ones included). */
const SOURCE = /\.(ts|tsx|mts|cts|mjs|cjs|js)$/;

/**
 * What a relative specifier may name, in TypeScript's order: the file itself, the TypeScript
 * source of a `.js`/`.mjs`/`.cjs` specifier, then an extensionless one's file or folder index.
 */
function candidates(path) {
  const extension = extname(path);
  const stem = path.slice(0, path.length - extension.length);
  const byOutput = { '.js': ['.ts', '.tsx', '.d.ts'], '.mjs': ['.mts', '.d.mts'], '.cjs': ['.cts', '.d.cts'] };
  const sources = (byOutput[extension] ?? []).map((source) => stem + source);
  const bare = ['.ts', '.tsx', '.d.ts', '.mjs', '.js'].flatMap((source) => [path + source, join(path, `index${source}`)]);
  return [path, ...sources, ...bare];
}

/** The file a relative specifier names, or null (a package, or nothing there). */
function resolveSpecifier(from, specifier) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  const path = resolve(dirname(from), specifier);
  return candidates(path).find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}

/** Every module specifier a file names, type-only and dynamic ones included. */
export function specifiersOf(fileName, text) {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found = [];
  const literal = (node) => node && ts.isStringLiteralLike(node) && found.push(node.text);
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) literal(statement.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(statement) && ts.isExternalModuleReference(statement.moduleReference))
      literal(statement.moduleReference.expression);
  }
  const visit = (node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) literal(node.arguments[0]);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) literal(node.argument.literal);
    // JSDoc (parsed in JavaScript files) may name types by `import('…')` too.
    for (const doc of node.jsDoc ?? []) ts.forEachChild(doc, visit);
    ts.forEachChild(node, visit);
  };
  // Only an `import(…)`, a call or a type, sits deeper than a top-level statement: the walk
  // through every node is for the files that have one.
  if (/\bimport\s*\(/.test(text)) visit(file);
  return found;
}

/** The source files under `folder`, recursively, as absolute paths in a stable order. */
function sourceFiles(folder) {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * The import graph of the modules under `folder`: each file (absolute path) → the files under
 * `folder` it imports, in any way. Imports of packages and of files outside are left out: they
 * cannot close a cycle through `folder`'s own modules.
 */
export function importGraph(folder) {
  const files = sourceFiles(folder);
  const inside = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const targets = specifiersOf(file, readFileSync(file, 'utf8'))
      .map((specifier) => resolveSpecifier(file, specifier))
      .filter((target) => target !== null && inside.has(target));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * The strongly connected components of `graph` that are cycles (Tarjan's algorithm): two or
 * more modules that reach each other, or one that imports itself. Each is a list of files.
 */
export function stronglyConnected(graph) {
  let counter = 0;
  const index = new Map();
  const lowLink = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  const connect = (file) => {
    index.set(file, counter);
    lowLink.set(file, counter);
    counter++;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        connect(target);
        lowLink.set(file, Math.min(lowLink.get(file), lowLink.get(target)));
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file), index.get(target)));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const selfImport = component.length === 1 && (graph.get(file) ?? []).includes(file);
    if (component.length > 1 || selfImport) components.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) connect(file);
  return components;
}

/** One way round a component: the shortest path from its first file back to it (breadth first). */
export function cyclePath(graph, component) {
  const members = new Set(component);
  const start = component[0];
  const cameFrom = new Map();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const target of graph.get(queue[i]) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [start];
        for (let at = queue[i]; at !== start; at = cameFrom.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, queue[i]);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

/** The cycles among the modules under `folder`: `{ files, path }` each, relative to `base`. */
export function findCycles(folder, base = folder) {
  const graph = importGraph(folder);
  const name = (file) => relative(base, file).split('\\').join('/');
  return stronglyConnected(graph).map((component) => ({
    files: component.map(name),
    path: cyclePath(graph, component).map(name),
  }));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2] ? resolve(process.argv[2]) : join(root, 'src');
  // Names as the person running it would type them: from the repository (src/…) when the
  // folder is in it, else from the folder itself.
  const inRepository = !relative(root, folder).startsWith('..');
  const cycles = findCycles(folder, inRepository ? root : folder);
  for (const cycle of cycles) {
    console.error(`cycles: ${cycle.files.length} modules import each other: ${cycle.files.join(', ')}`);
    console.error(`  for example ${cycle.path.join(' → ')}`);
  }
  if (cycles.length) {
    console.error('cycles: move what they share into a leaf module both import (see ARCHITECTURE.md).');
    process.exit(1);
  }
}
