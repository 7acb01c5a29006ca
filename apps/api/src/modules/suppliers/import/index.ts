export { importSuppliersCommand } from './import-suppliers.command';
export type { ImportSuppliersOptions } from './import-suppliers.command';
export { importSiaeDemoCsv, SIAE_DEMO_CSV, SupplierImporter } from './supplier-importer';
export type { SupplierImportResult } from './supplier-importer';
export {
  formatFromFileName, parseLeMarcheJson, parseSiaeCsv, parseSupplierFile, rejectionReportCsv, validateSupplierRecords, ImportFileError,
} from './supplier-import.parser';
export type { ImportFormat, ImportRejection, RawSupplierRecord, SupplierImportRecord } from './supplier-import.parser';
