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
    const needs = await seedDemoNeeds(dataSource);
    return { reference, siae: { created: siae.created, updated: siae.updated, unchanged: siae.unchanged, rejected: siae.rejected.length, rejections: siae.rejected.slice(0, 10) }, studyStructures: study, importedActivities, users, needs };
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

const DEMO_NEED_TITLE = 'Collecte et tri des déchets des sites de la Métropole (démo)';

/**
 * The public demo buyer's published need: a lot reserved to SIAE (L2113-13) in waste collection in
 * the Nord and an open cleaning lot in Lille. Published with its outbox events, so the worker
 * matches and notifies suppliers as it would for a need published in the app. Created once.
 */
async function seedDemoNeeds(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const [buyer] = await manager.query(
      `SELECT o.id AS org, m.user_id FROM organization o JOIN membership m ON m.organization_id = o.id WHERE o.siret = '20009320100016' LIMIT 1`,
    );
    if (!buyer) return 0;
    const existing = await manager.query(`SELECT 1 FROM need WHERE buyer_organization_id = $1 AND title = $2`, [buyer.org, DEMO_NEED_TITLE]);
    if (existing.length) return 0;
    const [need] = await manager.query(
      `INSERT INTO need (buyer_organization_id, created_by_user_id, kind, title, description_html, status, deadline_at, duration_months, questions, published_at)
       VALUES ($1, $2, 'TENDER', $3, $4, 'PUBLISHED', now() + interval '21 days', 36, $5, now()) RETURNING id`,
      [
        buyer.org, buyer.user_id, DEMO_NEED_TITLE,
        '<p>La Métropole cherche des structures pour la <strong>collecte et le tri des déchets industriels</strong> de ses sites du Nord, avec une clause d\'insertion, et le nettoyage de ses bureaux lillois.</p>',
        JSON.stringify(['Quelle fréquence de collecte proposez-vous ?', 'Combien de salariés en insertion mobiliserez-vous ?']),
      ],
    );
    await manager.query(
      `INSERT INTO need_lot (need_id, position, title, sector_slugs, cpv_codes, place_kind, place_code, reservation, social_clause_hours, amount_min_eur, amount_max_eur)
       VALUES ($1, 0, 'Collecte et tri des déchets industriels', '{collecte-des-dechets-industriels}', '{90511000-2}', 'DEPARTEMENT', '59', 'RES_INSERTION', 1200, 80000, 120000),
              ($1, 1, 'Nettoyage des bureaux', '{nettoyage-de-locaux}', '{}', 'COMMUNE', '59350', 'NONE', NULL, 30000, 45000)`,
      [need.id],
    );
    await manager.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload)
       VALUES ('need.changed', 'need', $1, $2), ('need.published', 'need', $1, $3)`,
      [need.id, { needId: need.id }, { needId: need.id, version: 1 }],
    );
    return 1;
  });
}
