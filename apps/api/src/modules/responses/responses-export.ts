import ExcelJS from 'exceljs';
import type { Locale } from '../../core/graphql/messages';
import type { ExportFormat } from './models/response.models';

export interface ExportRow {
  lot: string;
  respondent: string;
  consortium: string;
  status: string;
  decision: string;
  priceEur: number | null;
  leadTimeDays: number | null;
  eligibility: string;
  submittedAt: string;
  version: number;
  message: string;
  subcontractors: string;
  answers: string;
  contact: string;
}

const HEADERS: Record<Locale, Record<keyof ExportRow, string>> = {
  fr: {
    lot: 'Lot', respondent: 'Répondant', consortium: 'Groupement', status: 'Statut', decision: 'Décision', priceEur: 'Prix HT (€)', leadTimeDays: 'Délai (jours)',
    eligibility: 'Éligibilité', submittedAt: 'Envoyée le', version: 'Version', message: 'Message', subcontractors: 'Sous-traitants', answers: 'Réponses aux questions', contact: 'Contact',
  },
  en: {
    lot: 'Lot', respondent: 'Respondent', consortium: 'Consortium', status: 'Status', decision: 'Decision', priceEur: 'Price excl. VAT (€)', leadTimeDays: 'Lead time (days)',
    eligibility: 'Eligibility', submittedAt: 'Submitted at', version: 'Version', message: 'Message', subcontractors: 'Subcontractors', answers: 'Answers', contact: 'Contact',
  },
};

/** Spreadsheet formula injection: text a spreadsheet would evaluate is kept as text. */
function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The responses of a need as a spreadsheet (exceljs): XLSX, or CSV with `;` and a BOM, as French
 * spreadsheet software expects.
 */
export async function writeExport(rows: ExportRow[], format: ExportFormat, locale: Locale, baseName: string): Promise<{ body: Buffer; fileName: string; mimeType: string }> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(locale === 'en' ? 'Responses' : 'Réponses');
  const headers = HEADERS[locale];
  sheet.columns = (Object.keys(headers) as (keyof ExportRow)[]).map((key) => ({ header: headers[key], key, width: key === 'message' || key === 'answers' ? 60 : 20 }));
  for (const row of rows) {
    sheet.addRow(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? safeText(v) : v])));
  }
  if (format === 'XLSX') {
    sheet.getRow(1).font = { bold: true };
    return {
      body: Buffer.from(await workbook.xlsx.writeBuffer()),
      fileName: `${baseName}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    };
  }
  const csv = await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ';', writeBOM: true } });
  return { body: Buffer.from(csv), fileName: `${baseName}.csv`, mimeType: 'text/csv; charset=utf-8' };
}
