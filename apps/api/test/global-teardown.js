// Jest loads global setup/teardown outside its module registry: resolve the @essor/* aliases first.
require('../../../tools/resolve-aliases');
module.exports = require('./global-teardown.impl.ts').default;
