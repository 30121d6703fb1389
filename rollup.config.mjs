import resolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

const ts = () => typescript({ tsconfig: './tsconfig.json', compilerOptions: { noEmit: false, declaration: false } });
const min = () =>
  terser({
    ecma: 2020,
    compress: { passes: 3, unsafe_arrows: true, pure_getters: true },
    format: { comments: false },
  });
const plugins = () => [resolve({ browser: true }), ts(), min()];

export default [
  { input: 'src/index.ts', output: { file: 'dist/samtykke.js', format: 'iife' }, plugins: plugins() },
  { input: 'src/guard.ts', output: { file: 'dist/samtykke-guard.js', format: 'iife' }, plugins: plugins() },
  { input: 'src/module.ts', output: { file: 'dist/samtykke.mjs', format: 'es' }, plugins: plugins() },
];
