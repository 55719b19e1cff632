// `npm run import:institutions -- <file.csv> [--mapping <mapping.json>] [--max-errors N] [--out <file.json>]`
// Reads an institutions CSV (UTF-8 or Shift_JIS), validates every row and writes the data file
// the site builds from (default src/content/institutions/institutions.json). Exits 1 and writes
// nothing when the file has more bad rows than allowed; see src/lib/institutions/mapping.json.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport, importInstitutions, serializeInstitutions, type ColumnMapping } from '../src/lib/institutions/import.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    mapping: { type: 'string', default: fileURLToPath(new URL('../src/lib/institutions/mapping.json', import.meta.url)) },
    'max-errors': { type: 'string' },
    out: { type: 'string', default: 'src/content/institutions/institutions.json' },
  },
});
const source = positionals[0];
if (!source) {
  console.error('使い方：npm run import:institutions -- <CSVファイル> [--mapping 対応表.json] [--max-errors 件数] [--out 出力.json]');
  process.exit(2);
}
const mapping = JSON.parse(readFileSync(values.mapping, 'utf8')) as ColumnMapping;
const maxErrors = values['max-errors'] === undefined ? undefined : Number(values['max-errors']);
const result = importInstitutions(readFileSync(source), mapping, maxErrors === undefined ? {} : { maxErrors });
const report = formatReport(result, source);
if (result.refused) {
  console.error(report);
  process.exit(1);
}
// Write beside, then rename: a failed write never leaves half a data file.
const temp = `${values.out}.tmp`;
writeFileSync(temp, serializeInstitutions(result.institutions));
renameSync(temp, values.out);
console.log(`${report}\n→ ${values.out}`);
