/**
 * Text an article carries beside its body — a photo caption in its front matter — read so that it can be
 * checked against the articles like a sentence. The corpus loader keeps bodies verbatim and leaves captions
 * out of the story; this reads them from the same files.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { splitFrontMatter, textField } from '../corpus/frontMatter.js';
import { idFromFileName, isCorpusFileName, MAX_FILE_BYTES } from '../corpus/loadCorpus.js';
import { tagSentence } from '../nlp/entities.js';
import type { Entity, Token } from '../nlp/entities.js';
import { resolveNames } from '../nlp/names.js';
import { splitSentences } from '../nlp/splitSentences.js';

/** A photo caption of an article. */
export interface Aside {
  articleId: string;
  kind: 'caption';
  text: string;
}

/** An aside split into sentences and tagged like the story's sentences. */
export interface TaggedAside extends Aside {
  sentences: { text: string; entities: Entity[]; tokens: Token[] }[];
}

/** Front-matter keys that hold a caption. */
const CAPTION_KEYS = ['caption', 'image_caption', 'photo_caption'];

/**
 * The captions in the front matter of the corpus files of `corpusDir` (`caption:` in a `.md` file), for the
 * articles whose ids are in `articleIds` (those the story loaded). Unreadable files are passed over: the loader
 * already reports them.
 */
export async function loadCaptions(corpusDir: string, articleIds: ReadonlySet<string>): Promise<Aside[]> {
  const names = (await readdir(corpusDir)).filter((n) => isCorpusFileName(n) && path.extname(n).toLowerCase() === '.md').sort();
  const out: Aside[] = [];
  for (const name of names) {
    const id = idFromFileName(name);
    if (!articleIds.has(id)) continue;
    let text: string;
    try {
      const bytes = await readFile(path.join(corpusDir, name));
      if (bytes.byteLength > MAX_FILE_BYTES) continue;
      text = bytes.toString('utf8').replace(/\r\n?/g, '\n');
    } catch {
      continue;
    }
    const split = splitFrontMatter(text);
    if (split.kind !== 'ok') continue;
    for (const key of CAPTION_KEYS) {
      let caption: string | undefined;
      try {
        caption = textField(key, split.data[key]);
      } catch {
        caption = undefined;
      }
      if (caption) out.push({ articleId: id, kind: 'caption', text: caption });
    }
  }
  return out;
}

/** Splits and tags asides the way the story build tags sentences (names resolved over the asides together). */
export function tagAsides(asides: readonly Aside[]): TaggedAside[] {
  const split = asides.map((a) => splitSentences(a.articleId, a.text).map((s) => ({ text: s.text, tagged: tagSentence(s.text) })));
  const { entities: names } = resolveNames(split.flat().map((s) => s.tagged.names));
  let k = 0;
  return asides.map((a, i) => ({
    ...a,
    sentences: split[i]!.map((s) => {
      const entities = [...s.tagged.entities, ...(names[k++] ?? [])].sort((x, y) => x.start - y.start);
      return { text: s.text, entities, tokens: s.tagged.tokens };
    }),
  }));
}
