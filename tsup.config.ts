import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', presets: 'src/presets/index.ts' },
  tsconfig: 'tsconfig.build.json',
  format: ['esm', 'cjs'],
  // tsup 8.5 forces `baseUrl` in its dts build; TypeScript 6 rejects it (TS5101) unless silenced.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  splitting: false,
  treeshake: true,
  outDir: 'dist',
});
