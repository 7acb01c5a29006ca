import { Client } from 'pg';
import { candidateQuery, matchLotOf } from './src/modules/matching/match-candidates.sql';
async function main() {
  const db = new Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/essor_bench' });
  await db.connect();
  const variants = [
    { name: 'dept59 waste+cpv reserved', lot: { sectorSlugs: ['collecte-des-dechets-industriels', 'collecte-dencombrants', 'collecte-du-verre'], cpvCodes: ['90511000-2'], serviceTypes: [], placeKind: 'DEPARTEMENT', placeCode: '59', radiusKm: null }, res: 'RES_INSERTION' },
    { name: 'commune Lille cleaning radius', lot: { sectorSlugs: ['nettoyage-de-locaux'], cpvCodes: ['90911200-8', '90910000-9'], serviceTypes: ['SERVICE'], placeKind: 'COMMUNE', placeCode: '59350', radiusKm: 30 }, res: 'NONE' },
    { name: 'region 84 medico-social NONE', lot: { sectorSlugs: ['autre-medico-social'], cpvCodes: [], serviceTypes: [], placeKind: 'REGION', placeCode: '84', radiusKm: null }, res: 'NONE' },
    { name: 'national', lot: { sectorSlugs: ['traductions'], cpvCodes: ['79530000-8'], serviceTypes: [], placeKind: 'NATIONAL', placeCode: null, radiusKm: null }, res: 'NONE' },
  ] as const;
  for (const v of variants) {
    const { sql, params } = candidateQuery(matchLotOf(v.lot as never, false), { reservation: v.res });
    const t = Date.now();
    const rows = await db.query(sql, params);
    const ms = Date.now() - t;
    console.log(`${v.name}: ${rows.rowCount} rows in ${ms} ms`);
    if (process.argv.includes('--plan')) {
      const plan = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
  }
  await db.end();
}
void main();
