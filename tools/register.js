// Runs the TypeScript sources directly with SWC (decorator metadata on, @essor/* aliases
// resolved from tsconfig.base.json), so api/worker/cli need no separate build step.
const path = require('node:path');
process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', 'apps/api/tsconfig.app.json');
require('@swc-node/register');
