// The product's start command (see README): migrate, seed demo data, serve API, worker and web.
const { startStack } = require('./stack');

(async () => {
  const env = { API_URL: `http://127.0.0.1:${process.env.API_PORT ?? 3000}` };
  const stack = await startStack({ ...process.env, ...env }, { seedDemo: true, stdio: 'inherit' });
  const web = process.env.WEB_URL ?? `http://127.0.0.1:${process.env.WEB_PORT ?? 5173}`;
  console.log(`
Essor is running
  Web app        ${web}
  GraphQL API    http://127.0.0.1:${process.env.API_PORT ?? 3000}/graphql
  Worker health  http://127.0.0.1:${process.env.WORKER_HEALTH_PORT ?? 3001}/health
  Mail catcher   http://127.0.0.1:${process.env.MAILDEV_WEB_PORT ?? 1080}  (every email the app sends)
Demo accounts (password: essor-demo-2026)
  acheteur@demo.essor.fr          buyer, private industrial company
  acheteur-public@demo.essor.fr   public buyer (CCP)
  fournisseur@demo.essor.fr       supplier (an EI of the Nord from the SIAE list)
  staff@demo.essor.fr             platform staff
Ctrl-C to stop.`);
  const stop = async () => {
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
})().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
