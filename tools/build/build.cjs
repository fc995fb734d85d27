// Compiles apps/, libs/ and tools/ to dist/ with the same layout, rewriting @inclusion/* aliases to
// relative paths so `node dist/apps/api/src/main.js` needs no loader at run time.
const fs = require('node:fs');
const path = require('node:path');
const { transformFileSync } = require('@swc/core');
const { swcOptions, workspaceRoot } = require('./swc-options.cjs');

// `--out <dir>` builds elsewhere (the tests do, so a test run never clobbers dist/).
const outFlag = process.argv.indexOf('--out');
const outDir = path.resolve(workspaceRoot, outFlag > 0 ? process.argv[outFlag + 1] : 'dist');
const sourceRoots = ['apps', 'libs', 'tools'];
const skipped = (file) =>
  file.endsWith('.spec.ts') ||
  file.endsWith('.d.ts') ||
  file.includes(`${path.sep}test${path.sep}`) ||
  file.includes(`tools${path.sep}build${path.sep}`);
// Files a library reads at run time (fonts…) sit in its assets/ folder and ship as they are.
const isAsset = (relative) => relative.split(path.sep).includes('assets');

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

fs.rmSync(outDir, { recursive: true, force: true });
let count = 0;
for (const root of sourceRoots) {
  for (const file of walk(path.join(workspaceRoot, root))) {
    const relative = path.relative(workspaceRoot, file);
    const target = path.join(outDir, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (file.endsWith('.ts') && !skipped(file)) {
      const { code, map } = transformFileSync(file, {
        ...swcOptions(),
        filename: file,
        sourceFileName: path.relative(path.dirname(target), file),
      });
      const jsTarget = target.replace(/\.ts$/, '.js');
      fs.writeFileSync(jsTarget, `${code}\n//# sourceMappingURL=${path.basename(jsTarget)}.map`);
      fs.writeFileSync(`${jsTarget}.map`, map);
      count += 1;
    } else if (
      isAsset(relative) ||
      (/\.(json|hbs|txt)$/.test(file) && !relative.endsWith('project.json'))
    ) {
      fs.copyFileSync(file, target);
    }
  }
}
console.log(`built ${count} files into ${path.relative(workspaceRoot, outDir)}/`);
