/**
 * An HTML approximation of how Discord's phone app shows a reply (dark theme, 390 px wide): the embed with
 * its colour bar, title, description (bold, quotes, masked links, escapes), footer, and the button rows as
 * they wrap. For looking at the answer layout with a headless browser:
 *
 *   npx tsx test/bot/preview/embedPreview.ts [corpus dir] > /tmp/answer.html
 *   chromium --headless --disable-gpu --no-sandbox --window-size=390,1400 --screenshot=/tmp/answer.png /tmp/answer.html
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerQuestion } from '../../../src/answer/answerQuestion.js';
import type { BotReply } from '../../../src/bot/reply/botReply.js';
import { renderAnswer } from '../../../src/bot/reply/renderAnswer.js';
import { storyExamples } from '../../../src/present/help.js';
import { openStory } from '../../../src/story/openStory.js';

const html = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Discord markdown, the part the bot uses, to HTML. */
function markdown(text: string): string {
  const escapes: string[] = [];
  let t = text.replace(/\\([\\*_`~|>[\]()#-])/g, (_m, c: string) => `\u0000${escapes.push(c) - 1}\u0000`);
  t = html(t);
  t = t.replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>');
  t = t
    .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
    .replace(/__(.+?)__/g, '<u>$1</u>')
    .replace(/\*(.+?)\*/g, '<i>$1</i>');
  const lines = t
    .split('\n')
    .map((l) => (l.startsWith('&gt; ') ? `<div class="quote">${l.slice(5)}</div>` : `<div>${l || '&nbsp;'}</div>`));
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL marks the placeholders this function itself inserted
  return lines.join('').replace(/\u0000(\d+)\u0000/g, (_m, i: string) => html(escapes[Number(i)]!));
}

function page(reply: BotReply, heading: string): string {
  const e = reply.embeds![0]!;
  const color = `#${(e.color ?? 0x4e5058).toString(16).padStart(6, '0')}`;
  const rows = (reply.components ?? [])
    .map(
      (row) =>
        `<div class="row">${row.components
          .map((b) => {
            const style = 'style' in b ? b.style : 2;
            const cls = style === 1 ? 'primary' : style === 4 ? 'danger' : 'secondary';
            const label = html(('label' in b && b.label) || '');
            return style === 5
              ? `<span class="btn secondary">${label} ↗</span>`
              : `<span class="btn ${cls}${'disabled' in b && b.disabled ? ' disabled' : ''}">${label}</span>`;
          })
          .join('')}</div>`,
    )
    .join('');
  return `<section><div class="who">Story Bot <span class="tag">APP</span> <span class="note">${html(heading)}</span></div>
<div class="embed" style="border-left-color:${color}"><div class="title">${markdown(e.title ?? '')}</div><div class="desc">${markdown(e.description ?? '')}</div>
<div class="footer">${html(e.footer?.text ?? '').replace(/\n/g, '<br>')}</div></div>${rows}</section>`;
}

const corpusDir = process.argv[2] ?? join(import.meta.dirname, '..', 'fixture-corpus');
const { story } = await openStory({ corpusDir, cacheDir: mkdtempSync(join(tmpdir(), 'storybot-preview-')) });
const examples = storyExamples(story).filter((x) => x.expect);
const sections = examples
  .slice(0, 2)
  .map((x) =>
    page(renderAnswer(answerQuestion(story, x.text, { command: x.command as 'who', limit: 3 }), { owner: '1' }), `/${x.command} ${x.text}`),
  );
process.stdout.write(`<!doctype html><meta charset="utf-8"><style>
body{margin:0;background:#313338;color:#dbdee1;font:15px/1.35 "DejaVu Sans",sans-serif;width:390px}
section{padding:12px 12px 16px 12px;border-bottom:1px solid #3f4147}
.who{font-weight:600;color:#f2f3f5;margin-bottom:4px}.tag{background:#5865f2;color:#fff;font-size:10px;padding:1px 4px;border-radius:3px}.note{font-weight:400;color:#949ba4;font-size:12px}
.embed{background:#2b2d31;border-left:4px solid;border-radius:4px;padding:8px 12px 10px 12px;max-width:100%;box-sizing:border-box}
.title{font-weight:700;color:#f2f3f5;margin-bottom:6px}.desc{font-size:14px}.quote{border-left:3px solid #4e5058;padding-left:8px;margin:1px 0}
a{color:#00a8fc;text-decoration:none}.footer{font-size:12px;color:#b5bac1;margin-top:8px}
.row{display:flex;flex-wrap:wrap;gap:8px;margin-top:8px}.btn{display:inline-block;padding:7px 14px;border-radius:4px;font-size:14px;font-weight:500;color:#fff;white-space:nowrap}
.primary{background:#5865f2}.secondary{background:#4e5058}.danger{background:#da373c}.disabled{opacity:.5}
</style>${sections.join('')}`);
