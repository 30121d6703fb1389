#!/usr/bin/env node
// Every export of a public entry has a doc comment: what the package's `exports` point at (the
// widget's module, core, React and language entries; the receiver), and the programmatic API
// of the audit and the scan. The check follows re-exports (`export { x } from`, `export type *`)
// to the declaration a user's editor shows on hover, and asks for a `/** … */` there, on the
// declaration itself and on each public member of the interfaces, type literals and classes it
// exports. ESLint's jsdoc/require-jsdoc cannot do this: it sees one file at a time, so a
// re-exported declaration in another file would go unchecked. Run by `npm run lint`.
//
//   node scripts/doc-check.mjs     prints each undocumented export (file:line name) and exits 1
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The public entries, by the TypeScript project that compiles them. The paths are the sources
 * of package.json `exports` (rollup.config.mjs `bundlerEntries`, tsconfig.receiver.json) and of
 * the CLIs' programmatic API (tsconfig.audit.json).
 */
export const PUBLIC_ENTRIES = [
  {
    tsconfig: 'tsconfig.widget.json',
    entries: [
      'src/widget/module.ts',
      'src/widget/core.ts',
      'src/widget/react.ts',
      ...['nb', 'nn', 'en', 'sv', 'da', 'de'].map((language) => `src/widget/i18n/entries/${language}.ts`),
    ],
  },
  { tsconfig: 'tsconfig.receiver.json', entries: ['src/receiver/index.ts'] },
  { tsconfig: 'tsconfig.audit.json', entries: ['src/audit/audit.ts', 'src/scan/scan.ts'] },
];

/** A `/** … *\/` comment directly on a declaration (for a variable: on its statement). */
function hasDocComment(node) {
  return ts.getJSDocCommentsAndTags(node).some((doc) => ts.isJSDoc(doc));
}

/** Members a user reads: not private, protected or `#private`, not `_`-prefixed by convention. */
function isPublicMember(member) {
  const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : [];
  if (modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) return false;
  if (!member.name || ts.isPrivateIdentifier(member.name)) return false;
  if (ts.isConstructorDeclaration(member) || ts.isIndexSignatureDeclaration(member)) return false;
  return !member.name.getText().startsWith('_');
}

/** The members of an exported interface, type literal or class that should say what they are. */
function membersOf(declaration) {
  if (ts.isInterfaceDeclaration(declaration) || ts.isClassDeclaration(declaration)) return declaration.members;
  if (ts.isTypeAliasDeclaration(declaration) && ts.isTypeLiteralNode(declaration.type)) return declaration.type.members;
  return [];
}

/**
 * The undocumented exports of `entries` (paths relative to the repository), compiled by the
 * project `tsconfig`: one `{ file, line, name, entry }` per declaration or member without a doc
 * comment, `name` as `Export` or `Export.member`. Declarations outside `baseDir` (a library's
 * types re-exported) are not ours to document. Throws when the project or an entry is missing.
 */
export function undocumentedExports(tsconfig, entries, baseDir = root) {
  const configPath = join(baseDir, tsconfig);
  const read = ts.readConfigFile(configPath, ts.sys.readFile);
  if (read.error) throw new Error(`${tsconfig}: ${ts.flattenDiagnosticMessageText(read.error.messageText, '\n')}`);
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(configPath));
  const files = entries.map((entry) => join(baseDir, entry));
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, ...files], options: { ...parsed.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const problems = [];
  const seen = new Set();
  const report = (node, name, entry) => {
    const source = node.getSourceFile();
    const key = `${source.fileName}:${node.pos}`;
    if (seen.has(key)) return;
    seen.add(key);
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    problems.push({ file: relative(baseDir, source.fileName), line, name, entry });
  };
  for (const [index, file] of files.entries()) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`${entries[index]}: not found`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) continue; // a script that exports nothing
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const ours = (symbol.declarations ?? []).filter((d) => !relative(baseDir, d.getSourceFile().fileName).startsWith('..'));
      const declarations = ours.filter((d) => !d.getSourceFile().fileName.includes('/node_modules/'));
      if (declarations.length === 0) continue;
      const name = exported.getName();
      if (!declarations.some(hasDocComment)) report(declarations[0], name, entries[index]);
      for (const declaration of declarations) {
        for (const member of membersOf(declaration)) {
          if (isPublicMember(member) && !hasDocComment(member))
            report(member, `${name}.${member.name.getText()}`, entries[index]);
        }
      }
    }
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problems = PUBLIC_ENTRIES.flatMap(({ tsconfig, entries }) => undocumentedExports(tsconfig, entries));
  for (const { file, line, name, entry } of problems) {
    console.error(`${file}:${line}  ${name} has no doc comment (exported by ${entry})`);
  }
  if (problems.length > 0) {
    console.error(`doc-check: ${problems.length} export(s) of public entries without a /** doc comment */`);
    process.exit(1);
  }
}
