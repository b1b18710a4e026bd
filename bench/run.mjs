// Runs every bench/*.bench.ts: bundled with esbuild for Node, then executed one by one.
// Benchmarks print figures; they never pass or fail.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv[2];
const benches = readdirSync(path.join(root, 'bench'))
  .filter((file) => file.endsWith('.bench.ts') && (!only || file.includes(only)))
  .sort();

for (const file of benches) {
  const outfile = path.join(root, 'build', 'bench', file.replace(/\.ts$/, '.cjs'));
  await build({
    entryPoints: [path.join(root, 'bench', file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  console.log(`\n## ${file}`);
  await createRequire(import.meta.url)(outfile).run();
}
