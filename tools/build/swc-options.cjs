// One SWC configuration for the build and for Jest, so tests run the code exactly as it ships.
const path = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');

const workspaceRoot = path.resolve(__dirname, '../..');

function swcOptions() {
  return {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: workspaceRoot,
      paths: compilerOptions.paths,
    },
    module: { type: 'commonjs', strictMode: true },
    sourceMaps: true,
  };
}

module.exports = { swcOptions, workspaceRoot };
