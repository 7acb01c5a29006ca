/** Settings shared by the global setup and every integration test file. */
export const TEMPLATE_DB = 'essor_test_template';
export const ADMIN_DB_URL = (process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/essor').replace(/\/[^/]*$/, '/postgres');
export const MAILDEV_API_URL = `http://127.0.0.1:${process.env.MAILDEV_WEB_PORT ?? 1080}`;

export function databaseUrl(name: string): string {
  return ADMIN_DB_URL.replace(/\/postgres$/, `/${name}`);
}
