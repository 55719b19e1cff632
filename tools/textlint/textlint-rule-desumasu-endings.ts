/**
 * Sentences the site says to its readers end in です・ます. textlint's no-mix-dearu-desumasu
 * only knows 「である」「だ」; a page that ends 「要件定義に着手する。」 among です・ます
 * sentences is the plan's own voice and passes it. This rule flags a sentence that ends, before
 * 「。」 and outside 「」『』（）, in a plain verb or adjective form.
 *
 * Not checked: block quotes, which is where tools/textlint/site-text-plugin.ts puts words that are
 * not the site's own voice (manga balloons, video narration and scene descriptions, verbatim
 * quotes from the plan); list items and labels have no 「。」.
 */
import type { TextlintRuleModule } from '@textlint/types';

// 「しました」「でした」 end in した too: only a した not preceded by ま/で is plain.
const plainEnding = /(?:する|(?<![まで])した|しない|ある|あった|いる|(?<![まで])いた|なる|なった|できる|できない|れる|られる|だ|である|だった|ない|とする)$/;
const open = new Set(['「', '『', '（', '(']);
const close = new Set(['」', '』', '）', ')']);

function inBlockQuote(node: { parent?: unknown }): boolean {
  for (let parent = node.parent as { type?: string; parent?: unknown } | undefined; parent; parent = parent.parent as typeof parent) {
    if (parent.type === 'BlockQuote') return true;
  }
  return false;
}

const rule: TextlintRuleModule = (context) => {
  const { Syntax, report, RuleError, locator } = context;
  return {
    [Syntax.Str](node) {
      if (inBlockQuote(node)) return;
      const text = node.value;
      let depth = 0;
      let sentenceStart = 0;
      for (let i = 0; i < text.length; i += 1) {
        const char = text[i] ?? '';
        if (open.has(char)) depth += 1;
        else if (close.has(char)) depth = Math.max(0, depth - 1);
        else if (char === '。') {
          const sentence = text.slice(sentenceStart, i);
          const ending = depth === 0 ? plainEnding.exec(sentence) : null;
          if (ending) {
            const from = sentenceStart + ending.index;
            report(
              node,
              new RuleError(`文末が「${ending[0]}。」になっています。読む人に向けた文は「です・ます」で終えます（例：「〜します。」「〜です。」）。`, {
                padding: locator.range([from, i + 1]),
              }),
            );
          }
          sentenceStart = i + 1;
        }
      }
    },
  };
};

export default rule;
