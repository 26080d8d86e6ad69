// Splits the source article into numbered sentences, so that every claim can cite the sentence it rests on.

/** One sentence (or heading) of the article, numbered by paragraph and position: `p4-s2`. */
export interface ArticleSentence {
  id: string;
  /** 1-based paragraph (a block of text between blank lines; the title and headings are paragraphs too). */
  paragraph: number;
  /** The sentence, verbatim from the article, trimmed. */
  text: string;
}

/** Sentence ends: a full stop, Persian or Latin question mark, or exclamation mark, before a space or the end. */
const SENTENCE_END = /(?<=[.؟?!])\s+/u;

/**
 * The article's sentences in order, each verbatim (trimmed) and numbered `p{paragraph}-s{sentence}`.
 * Paragraphs are separated by blank lines; a duplicated title line is its own paragraph.
 *
 * @example
 * splitSentences('یک. دو.\n\nسه.').map((s) => s.id); // ["p1-s1", "p1-s2", "p2-s1"]
 */
export function splitSentences(article: string): ArticleSentence[] {
  const paragraphs = article
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
  return paragraphs.flatMap((block, p) =>
    block
      .split(SENTENCE_END)
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .map((text, s) => ({ id: `p${p + 1}-s${s + 1}`, paragraph: p + 1, text })),
  );
}
