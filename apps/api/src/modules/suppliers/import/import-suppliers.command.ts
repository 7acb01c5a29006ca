import { readFileSync, writeFileSync } from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import { loadEnv } from '../../../core/config';
import { createDataSource } from '../../../core/database';
import { formatFromFileName, IMPORT_FORMATS, ImportFileError, ImportFormat, parseSupplierFile, rejectionReportCsv } from './supplier-import.parser';
import { SupplierImporter } from './supplier-importer';

export interface ImportSuppliersOptions {
  format?: string;
  dryRun?: boolean;
  report?: string;
}

/**
 * `cli import-suppliers <file>`: progress on stderr; rejections and the summary on stdout.
 * Resolves with the exit code: 1 when the file cannot be read or parsed, or the import failed
 * (then the transaction rolled back and nothing was written); 0 otherwise, even with rejected rows.
 */
export async function importSuppliersCommand(file: string, options: ImportSuppliersOptions): Promise<number> {
  const format = (options.format ?? formatFromFileName(file)) as ImportFormat;
  if (!IMPORT_FORMATS.includes(format)) {
    console.error(`unknown format "${options.format}": use ${IMPORT_FORMATS.join(' or ')}`);
    return 1;
  }
  let records;
  try {
    records = parseSupplierFile(readFileSync(file), format);
  } catch (error) {
    const why = error instanceof ImportFileError ? error.message : `cannot read ${file}: ${(error as Error).message}`;
    console.error(`import-suppliers: ${why}; nothing imported`);
    return 1;
  }

  const started = Date.now();
  const bar = new SingleBar(
    { format: 'suppliers [{bar}] {value}/{total}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000, stream: process.stderr },
    Presets.shades_classic,
  );
  let barStarted = false;
  const dataSource = createDataSource(loadEnv().DATABASE_URL);
  await dataSource.initialize();
  let result;
  try {
    result = await new SupplierImporter(dataSource).import(records, {
      dryRun: options.dryRun,
      progress: (done, total) => {
        if (!barStarted) {
          bar.start(total, 0);
          barStarted = true;
        }
        bar.update(done);
      },
    });
  } catch (error) {
    console.error(`\nimport-suppliers: database error, everything rolled back, nothing imported: ${(error as Error).message}`);
    return 1;
  } finally {
    if (barStarted) bar.stop();
    await dataSource.destroy();
  }

  for (const r of result.rejected) console.log(`rejected ${r.ref}\t${r.siret || '-'}\t${r.reason}\t${r.detail}`);
  if (options.report) {
    writeFileSync(options.report, rejectionReportCsv(result.rejected));
    console.log(`rejection report written to ${options.report}`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${result.dryRun ? '[dry run, nothing written] ' : ''}${result.total} record(s): ` +
      `created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}, rejected ${result.rejected.length} (${seconds} s)`,
  );
  return 0;
}
