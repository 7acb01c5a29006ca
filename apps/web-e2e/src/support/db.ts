import { DataSource } from 'typeorm';

/** The e2e database (set by global-setup.js to the API's DATABASE_URL). */
export const DATABASE_URL = process.env['E2E_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/essor_e2e';

/** Runs one SQL statement on the e2e database and returns its rows. */
export async function sql<T = Record<string, unknown>>(query: string, parameters: unknown[] = []): Promise<T[]> {
  const dataSource = new DataSource({ type: 'postgres', url: DATABASE_URL });
  await dataSource.initialize();
  try {
    return (await dataSource.query(query, parameters)) as T[];
  } finally {
    await dataSource.destroy();
  }
}

/** There is no UI to make someone staff: the journey promotes a signed-up user directly. */
export async function promoteToStaff(email: string): Promise<void> {
  const rows = await sql<{ id: string }>('WITH promoted AS (UPDATE app_user SET is_staff = true WHERE email = $1 RETURNING id) SELECT id FROM promoted', [email.trim().toLowerCase()]);
  if (rows.length !== 1) throw new Error(`promoteToStaff: no user ${email} (${JSON.stringify(rows)})`);
}
