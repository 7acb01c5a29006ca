module.exports = async function globalTeardown() {
  await globalThis.__ESSOR_STACK__?.stop();
};
