/**
 * Reads an institutions CSV (UTF-8 or Shift_JIS) into the data file the build reads, through
 * a mapping of column names (src/lib/institutions/mapping.json) and the zod schema. Every bad
 * row is reported with its row number, column and a Japanese message; nothing is written when
 * there are more of them than the threshold allows, and a row that is left out is always named.
 */
import { parse } from 'csv-parse/sync';
import { institutionFields, institutionSchema, type Institution } from '../../schemas/institution.ts';

export type Encoding = 'auto' | 'utf-8' | 'shift_jis';

export interface ColumnMapping {
  encoding?: Encoding;
  /** Bad rows may be at most this share of all rows (0.01 = 1 %); above it nothing is written. */
  maxErrorRate?: number;
  /** Field of the schema → header names that may hold it; the first one present wins. */
  columns: Partial<Record<keyof Institution, readonly string[]>>;
}

export interface RowError {
  /** Line of the CSV, the header being line 1. */
  row: number;
  /** The CSV's own column name (or the field's first mapped name when the column is absent). */
  column: string;
  message: string;
}

export interface ImportResult {
  encoding: 'utf-8' | 'shift_jis';
  /** Data rows read (the header not counted). */
  rows: number;
  institutions: Institution[];
  errors: RowError[];
  /** Errors that stop the import whatever the threshold (a missing column, an unreadable file). */
  fatal: string[];
  /** The most bad rows allowed; `refused` when there are more, or any fatal error. */
  maxErrors: number;
  refused: boolean;
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), otherwise Shift_JIS. */
export function decodeCsv(bytes: Uint8Array, encoding: Encoding = 'auto'): { text: string; encoding: 'utf-8' | 'shift_jis' } {
  if (encoding === 'shift_jis') return { text: new TextDecoder('shift_jis').decode(bytes), encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch (error) {
    if (encoding === 'utf-8') throw error;
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}

const isRequired = (field: keyof Institution) => !institutionSchema.shape[field].safeParse(undefined).success;

export function importInstitutions(bytes: Uint8Array, mapping: ColumnMapping, options: { maxErrors?: number } = {}): ImportResult {
  const { text, encoding } = decodeCsv(bytes, mapping.encoding);
  const fatal: string[] = [];
  let records: string[][] = [];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (error) {
    fatal.push(`CSVとして読めません：${(error as Error).message}`);
  }
  const [header = [], ...data] = records;
  const headerNames = header.map((name) => name.normalize('NFKC').trim());

  // Which CSV column holds each field, and what to call it in a message.
  const columnOf = new Map<keyof Institution, number>();
  const nameOf = new Map<keyof Institution, string>();
  for (const field of institutionFields) {
    const candidates = mapping.columns[field] ?? [];
    const index = candidates.map((name) => headerNames.indexOf(name.normalize('NFKC'))).find((i) => i >= 0);
    nameOf.set(field, index === undefined ? (candidates[0] ?? field) : header[index]!);
    if (index !== undefined) columnOf.set(field, index);
    else if (isRequired(field)) fatal.push(`列「${candidates.join('」「') || field}」が見出し行にありません（対応表の ${field}）`);
  }

  const errors: RowError[] = [];
  const institutions: Institution[] = [];
  const firstRowOfId = new Map<string, number>();
  if (fatal.length === 0) {
    data.forEach((record, i) => {
      const row = i + 2;
      if (record.length !== header.length) {
        errors.push({ row, column: '（行全体）', message: `列の数が見出し行と違います（${header.length}列のはずが${record.length}列）` });
        return;
      }
      const raw = Object.fromEntries([...columnOf].map(([field, index]) => [field, record[index]]));
      const parsed = institutionSchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path[0] as keyof Institution;
          const value = raw[field];
          errors.push({ row, column: nameOf.get(field) ?? String(field), message: value ? `${issue.message}（値：「${value}」）` : issue.message });
        }
        return;
      }
      const first = firstRowOfId.get(parsed.data.id);
      if (first !== undefined) {
        errors.push({ row, column: nameOf.get('id')!, message: `IDが${first}行目と重複しています（値：「${parsed.data.id}」）` });
        return;
      }
      firstRowOfId.set(parsed.data.id, row);
      institutions.push(parsed.data);
    });
  }
  const badRows = new Set(errors.map((error) => error.row)).size;
  const maxErrors = options.maxErrors ?? Math.floor(data.length * (mapping.maxErrorRate ?? 0.01));
  return { encoding, rows: data.length, institutions, errors, fatal, maxErrors, refused: fatal.length > 0 || badRows > maxErrors || institutions.length === 0 };
}

/** One facility per line, in 区市町村 code then ID order, so a re-import diffs line by line. */
export function serializeInstitutions(institutions: readonly Institution[]): string {
  const sorted = [...institutions].sort((a, b) => a.municipalityCode.localeCompare(b.municipalityCode) || a.id.localeCompare(b.id));
  return `[\n${sorted.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}

/** The report a person reads: one line per problem, then what happened. */
export function formatReport(result: ImportResult, source: string): string {
  const lines = [`${source}（${result.encoding === 'utf-8' ? 'UTF-8' : 'Shift_JIS'}）：${result.rows}行を読みました。`];
  for (const message of result.fatal) lines.push(`エラー：${message}`);
  for (const error of result.errors) lines.push(`${error.row}行目 列「${error.column}」：${error.message}`);
  const badRows = new Set(result.errors.map((error) => error.row)).size;
  if (result.refused) {
    const why = result.fatal.length > 0 ? '上のエラーを直してください' : result.institutions.length === 0 ? '取り込める行がありません' : `誤りのある行が${badRows}行あり、上限の${result.maxErrors}行を超えています`;
    lines.push(`書き込みませんでした：${why}。データファイルは元のままです。`);
  } else {
    lines.push(`${result.institutions.length}件を書き込みました。${badRows > 0 ? `誤りのある${badRows}行（上の一覧）は取り込んでいません。` : ''}`);
  }
  return lines.join('\n');
}
