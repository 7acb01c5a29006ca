/** Settings shared by the global setup and every integration test file. */
/**
 * One id per `jest` run (set by the global setup, inherited by the workers), so that several runs
 * on one machine (developers, helpers, CI) never drop each other's databases.
 */
export const RUN_ID = (process.env.ESSOR_TEST_RUN_ID ??= `r${process.pid}`);
export const TEMPLATE_DB = `essor_test_tpl_${RUN_ID}`;
export const FILE_DB_PREFIX = `essor_test_f_${RUN_ID}_`;
export const ADMIN_DB_URL = (process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/essor').replace(/\/[^/]*$/, '/postgres');
export const MAILDEV_API_URL = `http://127.0.0.1:${process.env.MAILDEV_WEB_PORT ?? 1080}`;

export function databaseUrl(name: string): string {
  return ADMIN_DB_URL.replace(/\/postgres$/, `/${name}`);
}
