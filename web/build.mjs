// Builds the dashboard into OUTDIR: the app bundled with esbuild (plain ES modules + d3),
// the page and its stylesheet, the world outline from the npm package world-atlas, and a
// table from ISO 3166 alpha-3 codes to world-atlas's numeric ids and names, generated from
// Debian's iso-codes. Nothing is fetched from a network, at build time or at run time.
//
//   node build.mjs OUTDIR [NODE_MODULES]   (NODE_MODULES: default ./node_modules)
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] || join(here, 'dist'));
const modules = resolve(process.argv[3] || join(here, 'node_modules'));
const require = createRequire(join(modules, 'noop.js'));
const esbuild = require('esbuild');

const ISO_JSON = process.env.DYAD_ISO_3166_JSON || '/usr/share/iso-codes/json/iso_3166-1.json';
if (!existsSync(ISO_JSON)) {
  console.error(`build.mjs: ${ISO_JSON} is missing (Debian package iso-codes)`);
  process.exit(1);
}

mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: [join(here, 'src/main.js')],
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: false,
  target: ['es2020'],
  nodePaths: [modules],
  outfile: join(out, 'app.js'),
  logLevel: 'warning',
});
for (const f of ['index.html', 'style.css']) copyFileSync(join(here, 'src', f), join(out, f));
copyFileSync(join(modules, 'world-atlas/countries-110m.json'), join(out, 'world-110m.json'));

// ISO3 -> {id: world-atlas feature id (ISO 3166 numeric, 3 digits), name}.
const iso = JSON.parse(readFileSync(ISO_JSON, 'utf8'))['3166-1'];
const table = {};
for (const c of iso) table[c.alpha_3] = { id: c.numeric, name: c.common_name || c.name };
writeFileSync(join(out, 'countries.json'), JSON.stringify(table));
console.log(`dashboard built in ${out} (${Object.keys(table).length} countries)`);
