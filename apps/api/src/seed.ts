import { DataSource } from 'typeorm';
import { validateSiret } from '@essor/domain';
import { loadEnv } from './core/config';
import { createDataSource } from './core/database';
import { hashPassword } from './modules/identity';
import { ReferenceDataSeeder } from './modules/reference-data';
import { importSiaeDemoCsv, SupplierDemoSeeder } from './modules/suppliers';

type Progress = (label: string, done: number, total: number) => void;

/** Demo accounts printed by the start command (development data only). */
export const DEMO_PASSWORD = 'essor-demo-2026';
export const DEMO_USERS = [
  { email: 'acheteur@demo.essor.fr', displayName: 'Claire Acheteuse (Industrie)', org: { name: 'Métallerie du Nord SAS (démo)', type: 'BUYER', regime: 'PRIVATE', siret: '90000000100017' } },
  { email: 'acheteur-public@demo.essor.fr', displayName: 'Paul Acheteur (Métropole)', org: { name: 'Métropole Européenne de Lille (démo)', type: 'BUYER', regime: 'CCP', siret: '20009320100016' } },
  { email: 'fournisseur@demo.essor.fr', displayName: 'Nadia Fournisseuse (EI)', org: null },
  { email: 'staff@demo.essor.fr', displayName: 'Équipe Essor', org: null, isStaff: true },
] as const;

export async function runSeed(options: { demo: boolean }, progress: Progress = () => undefined) {
  const dataSource = createDataSource(loadEnv().DATABASE_URL);
  await dataSource.initialize();
  try {
    const reference = await new ReferenceDataSeeder(dataSource).seed(progress);
    if (!options.demo) return { reference };
    const suppliers = new SupplierDemoSeeder(dataSource);
    const siae = await importSiaeDemoCsv(dataSource, progress);
    const study = await suppliers.seedStudyStructures();
    const importedActivities = await suppliers.seedImportedActivities();
    const users = await seedDemoUsers(dataSource);
    return { reference, siae: { created: siae.created, updated: siae.updated, unchanged: siae.unchanged, rejected: siae.rejected.length, rejections: siae.rejected.slice(0, 10) }, studyStructures: study, importedActivities, users };
  } finally {
    await dataSource.destroy();
  }
}

/** Verified demo users with their organisations; the supplier user administers a real SIAE. */
async function seedDemoUsers(dataSource: DataSource) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    const emails: string[] = [];
    for (const u of DEMO_USERS) {
      const [user] = await manager.query(
        `INSERT INTO app_user (email, display_name, password_hash, locale, email_verified_at, is_staff)
         VALUES ($1, $2, $3, 'fr', now(), $4)
         ON CONFLICT (email) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id`,
        [u.email, u.displayName, passwordHash, 'isStaff' in u && u.isStaff],
      );
      let organizationId: string | undefined;
      if (u.org) {
        const siret = validateSiret(u.org.siret);
        if (!siret.valid) throw new Error(`demo SIRET ${u.org.siret} is invalid`);
        [{ id: organizationId }] = await manager.query(
          `INSERT INTO organization (name, type, regime, siret, siren, source) VALUES ($1, $2, $3, $4, $5, 'DEMO')
           ON CONFLICT (siret) WHERE siret IS NOT NULL DO UPDATE SET name = EXCLUDED.name RETURNING id`,
          [u.org.name, u.org.type, u.org.regime, siret.value, siret.value.slice(0, 9)],
        );
      } else if (u.email.startsWith('fournisseur')) {
        // The demo supplier runs an EI of the Nord from the real SIAE list.
        const rows: { id: string }[] = await manager.query(
          `SELECT o.id FROM organization o JOIN supplier_profile p ON p.organization_id = o.id
             JOIN supplier_kind k ON k.organization_id = o.id AND k.kind = 'EI'
            WHERE p.departement_code = '59' AND o.source = 'SIAE_IMPORT' ORDER BY o.siret LIMIT 1`,
        );
        organizationId = rows[0]?.id;
      }
      if (organizationId) {
        await manager.query(
          `INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, 'ADMIN') ON CONFLICT DO NOTHING`,
          [organizationId, user.id],
        );
      }
      emails.push(u.email);
    }
    return emails;
  });
}
