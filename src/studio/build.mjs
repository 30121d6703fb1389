// The studio's part of the build (rollup.config.mjs): a rollup plugin that writes the studio's
// static files beside its script in dist/studio/ (the page, the preview frame's page, styles),
// the service catalogue as one JSON file the page searches (without the research notes, which
// the studio does not show), and the local server of `npx samtykke studio` to
// dist/studio-server.mjs.
//
// The studio bundles src/catalogue/presets.ts, so a preset is expanded by the same code as
// `samtykke expand`; that module reads no files (the studio passes the catalogue it fetched).
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';

const STATIC = ['index.html', 'preview.html', 'studio.css', 'preview.css'];

/** Every catalogue entry, in id order, as the studio needs it. */
export function catalogueForStudio(dir = 'catalogue') {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json') && file !== 'schema.json')
    .sort()
    .map((file) => {
      const { $schema, sources, unsourced, ...entry } = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
      return entry;
    });
}

/** The rollup plugin: see the module comment. */
export function studioFiles() {
  return {
    name: 'samtykke-studio-files',
    generateBundle() {
      for (const fileName of STATIC)
        this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/studio/static/${fileName}`) });
      this.emitFile({ type: 'asset', fileName: 'catalogue.json', source: JSON.stringify(catalogueForStudio()) });
    },
    writeBundle() {
      mkdirSync('dist', { recursive: true });
      copyFileSync('src/studio/server.mjs', 'dist/studio-server.mjs');
    },
  };
}
