/**
 * The loader every collection uses: Astro's glob loader for `<slug>/index.md`, wrapped so that
 * (1) the folder is audited first — one entry per URL, slug folder names, no file the loader
 * would ignore — (2) each entry's source text is checked and its frontmatter re-read as YAML 1.2
 * core, so the zod schemas see dates as written, and (3) references to other entries must
 * exist. A problem stops `astro sync`/`astro build` naming the file and the field in Japanese.
 * The checks themselves are pure functions in src/integrations/content-audit.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader } from 'astro/loaders';
import sharp from 'sharp';
import { ContentProblemError, japaneseContentError } from './japanese-schema';
import { parseTranscriptText } from '../lib/videos/transcript-text';
import { missingBesideFileMessage, missingImageMessage } from '../schemas/messages';
import { auditCollectionFiles, imageFieldsOf, imageSizeProblem, readEntrySource, referenceProblems } from './content-audit';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/**
 * Images beside an entry that are missing, unreadable or beyond their field's limits. A missing
 * one is named here with its entry and field, in every collection: the schema's image() let
 * `astro sync` pass and then stopped `astro build` with only Astro's English "Could not find
 * requested image ./missing.png" (a video's thumbnail, measured on this stop's sample content).
 */
async function imageProblems(collection: string, file: string, absolute: string, data: Record<string, unknown>): Promise<string[]> {
  const problems: string[] = [];
  for (const [field, src] of imageFieldsOf(data)) {
    const target = path.resolve(path.dirname(absolute), src);
    if (!existsSync(target)) {
      // A path from the site's root (/images/…) is a link to public/, not an image of the entry.
      if (!src.startsWith('/')) problems.push(missingImageMessage(file, field, src));
      continue;
    }
    try {
      // Reads the header only, so a 20,000 px image costs nothing to measure.
      const { width = 0, height = 0 } = await sharp(target, { limitInputPixels: false }).metadata();
      const problem = imageSizeProblem(collection, file, field, src, { width, height, bytes: statSync(target).size });
      if (problem) problems.push(problem);
    } catch {
      problems.push(`${file}: ${field}: 画像 ${src} を読み込めません（壊れているか、画像ではありません）`);
    }
  }
  return problems;
}


/**
 * The file a field names beside the entry: its name (trimmed) and its path. A value that is not a
 * plain file name gives none (the schema reports it instead).
 */
function besideFile(absolute: string, data: Record<string, unknown>, field: string): { name: string; target: string } | undefined {
  const written = data[field];
  if (typeof written !== 'string') return undefined;
  const name = written.trim();
  return /^[\w.-]+$/.test(name) ? { name, target: path.join(path.dirname(absolute), name) } : undefined;
}

/**
 * Fields naming a text file beside the entry that the build reads into another field (the
 * video transcript uploaded in the CMS). Returns the data with that field filled, or problems.
 */
const textFileFields: Record<string, { field: string; into: string; parse: typeof parseTranscriptText }[]> = {
  videos: [{ field: 'transcriptFile', into: 'transcript', parse: parseTranscriptText }],
};

function withTextFiles(collection: string, file: string, absolute: string, data: Record<string, unknown>): { data: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  let filled = data;
  for (const { field, into, parse } of textFileFields[collection] ?? []) {
    const beside = besideFile(absolute, data, field);
    if (!beside) continue;
    const { name, target } = beside;
    if (Array.isArray(data[into]) && (data[into] as unknown[]).length > 0) {
      problems.push(`${file}: ${field}: ${into} と ${field} の両方があります。どちらか一方にしてください`);
      continue;
    }
    if (!existsSync(target)) {
      problems.push(missingBesideFileMessage(file, field, name));
      continue;
    }
    const { items, problems: found } = parse(readFileSync(target, 'utf8'));
    problems.push(...found.map((problem) => `${file}: ${field}: ${name} ${problem}`));
    filled = { ...filled, [into]: items };
  }
  return { data: filled, problems };
}

/**
 * Fields naming a file beside the entry that a page reads at build time (the video's captions and
 * MP4, through import.meta.glob in video-entry-files.ts). One that names no file is reported here, with
 * the collection's other problems, by `astro sync` and the content layer of every build, before
 * any page is bundled (issue 23: the build test of it then needs a sync, not a whole build).
 */
const besideFileFields: Record<string, string[]> = { videos: ['captions', 'videoFile'] };

function missingBesideFiles(collection: string, file: string, absolute: string, data: Record<string, unknown>): string[] {
  return (besideFileFields[collection] ?? []).flatMap((field) => {
    const beside = besideFile(absolute, data, field);
    return !beside || existsSync(beside.target) ? [] : [missingBesideFileMessage(file, field, beside.name)];
  });
}

export function entriesIn(collection: string): Loader {
  const inner = glob({ base: `./src/content/${collection}`, pattern: '*/index.md', generateId: ({ entry }) => entry.split('/')[0] ?? entry });
  return {
    name: 'iryo-dx-entries',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const contentRoot = path.join(root, 'src/content');
      const dir = path.join(contentRoot, collection);
      const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
      const collectionFiles = filesUnder(dir);
      const problems = auditCollectionFiles(collection, collectionFiles);
      // Each entry's YAML is read once per build: the audit below keeps what it read, and the
      // loader's parseData reuses it while the file's text is the same (issue 23: the YAML
      // parser was the largest cost of syncing 2,000 sessions, paid twice per entry).
      const read = new Map<string, { source: string; result: ReturnType<typeof readEntrySource> }>();
      const readEntry = (absolute: string) => {
        const source = readFileSync(absolute, 'utf8');
        const known = read.get(absolute);
        if (known?.source === source) return known.result;
        const result = readEntrySource(source, relative(absolute));
        read.set(absolute, { source, result });
        return result;
      };
      const exists = (target: string, id: string) => existsSync(path.join(contentRoot, target, id, 'index.md'));
      /** The schema's and the references' problems of one entry, each as a 「file: field: message」 line. */
      const validate = async (file: string, filePath: string, id: string, data: Record<string, unknown>) => {
        try {
          const parsed = await context.parseData({ id, filePath, data });
          const missing = referenceProblems(collection, data, file, exists);
          return missing.length > 0 ? { problems: missing } : { parsed };
        } catch (error) {
          const japanese = japaneseContentError(error, file);
          return { problems: japanese instanceof ContentProblemError ? japanese.problems : [`${file}: ${japanese instanceof Error ? japanese.message : String(japanese)}`] };
        }
      };
      // Every entry is checked before any is stored, so one build names every problem of the
      // collection, not only the first entry's (an editor fixes them all at once); the entries
      // that pass are kept for the loader below.
      const valid = new Map<string, { source: string; parsed: unknown }>();
      for (const file of collectionFiles.filter((name) => /^[^/]+\/index\.md$/.test(name))) {
        const absolute = path.join(dir, file);
        const { data, problems: sourceProblems } = readEntry(absolute);
        const files = withTextFiles(collection, relative(absolute), absolute, data);
        const missing = missingBesideFiles(collection, relative(absolute), absolute, data);
        problems.push(...sourceProblems, ...(await imageProblems(collection, relative(absolute), absolute, data)), ...files.problems, ...missing);
        if (sourceProblems.length > 0 || files.problems.length > 0) continue;
        const checked = await validate(relative(absolute), absolute, file.split('/')[0] ?? file, files.data);
        if (checked.problems) problems.push(...checked.problems);
        else valid.set(absolute, { source: read.get(absolute)?.source ?? '', parsed: checked.parsed });
      }
      if (problems.length > 0) throw new ContentProblemError(problems);
      await inner.load({
        ...context,
        parseData: async (props) => {
          const file = relative(props.filePath ?? '');
          const absolute = props.filePath ? path.resolve(props.filePath) : '';
          const { data: written, problems: sourceProblems } = props.filePath ? readEntry(absolute) : { data: props.data, problems: [] };
          if (sourceProblems.length > 0) throw new ContentProblemError(sourceProblems);
          // Checked above while the file read the same (a dev-server edit re-reads it).
          const known = valid.get(absolute);
          if (known && known.source === read.get(absolute)?.source) return known.parsed as typeof props.data;
          const data = props.filePath ? withTextFiles(collection, file, props.filePath, written).data : written;
          const checked = await validate(file, props.filePath ?? '', props.id, data);
          if (checked.problems) throw new ContentProblemError(checked.problems);
          return checked.parsed as typeof props.data;
        },
      });
    },
  };
}
