// Writes dist/samtykke.d.ts, the type entry of the package, over the declarations tsc emitted.
import { writeFileSync } from 'node:fs';
writeFileSync('dist/samtykke.d.ts', "export * from './types/widget/module.js';\n");
