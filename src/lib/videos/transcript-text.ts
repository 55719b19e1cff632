/**
 * A video's transcript as a plain text file beside the entry (`transcript.txt`), the form a
 * production company delivers it in, so an editor uploads it in the CMS instead of typing every
 * paragraph. Read by the build (src/integrations/content-loader.ts fills `transcript` from it)
 * and by the CMS before it saves an upload (cms/admin/pre-save.ts), with the same problems.
 *
 * One paragraph per line: 「話す人：せりふ」 (a line without 「：」 is words without a speaker,
 * e.g. on-screen captions), and 「［場面］…」 before it for what the picture shows meanwhile.
 * Blank lines are ignored.
 */
export interface TranscriptParagraph {
  scene?: string;
  speaker: string;
  line: string;
}

const sceneLine = /^[［【[]場面[］】\]]\s*(.*)$/;
const spokenLine = /^([^：:]{1,30})[：:]\s*(.*)$/;

export function parseTranscriptText(text: string): { items: TranscriptParagraph[]; problems: string[] } {
  const problems: string[] = [];
  const items: TranscriptParagraph[] = [];
  if (text.includes('\uFFFD')) problems.push('文字化けしています。UTF-8 で保存したテキストファイルにしてください');
  let scene: { text: string; line: number } | undefined;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const value = raw.trim();
      const number = index + 1;
      if (!value) return;
      const isScene = sceneLine.exec(value);
      if (isScene) {
        if (scene) problems.push(`${scene.line}行目：場面の説明のあとに、せりふの行がありません`);
        if (!isScene[1]?.trim()) problems.push(`${number}行目：［場面］のあとに、画面に映っているものを書いてください`);
        scene = { text: isScene[1]!.trim(), line: number };
        return;
      }
      const spoken = spokenLine.exec(value);
      const speaker = spoken ? spoken[1]!.trim() : '';
      const line = spoken ? spoken[2]!.trim() : value;
      if (!line) {
        problems.push(`${number}行目：「${speaker}：」のあとに、せりふがありません`);
        return;
      }
      items.push({ ...(scene?.text ? { scene: scene.text } : {}), speaker, line });
      scene = undefined;
    });
  if (scene) problems.push(`${scene.line}行目：場面の説明のあとに、せりふの行がありません`);
  if (items.length === 0 && problems.length === 0) problems.push('せりふが1行もありません');
  return { items, problems };
}

/** Problems only (for the CMS's check of an upload). */
export const transcriptTextProblems = (text: string) => parseTranscriptText(text).problems;
