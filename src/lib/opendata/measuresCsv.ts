import { stringify } from 'csv-stringify/sync';
import { measureColumns } from './measureColumns.ts';
import type { ProgrammeExport } from './programmeExportSchema.ts';

/** Byte-order mark: Excel and LibreOffice then read the file as UTF-8 and show Latvian letters right. */
const BOM = '\uFEFF';

/**
 * measures.csv: one row per measure, RFC 4180 (CRLF line ends, quotes where
 * needed), UTF-8 with a byte-order mark.
 */
export function measuresCsv(programme: ProgrammeExport): string {
  const rows = programme.measures.map((measure) => measureColumns.map((column) => column.value(measure, programme)));
  return (
    BOM +
    stringify(rows, {
      header: true,
      columns: measureColumns.map((column) => column.name),
      record_delimiter: 'windows',
    })
  );
}
