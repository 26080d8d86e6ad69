// Writes data/article-sentences.json: the article (data/article.fa.txt) as numbered sentences. `npx tsx scripts/article-sentences.ts [--check]`
import { readFileSync, writeFileSync } from 'node:fs';
import { splitSentences } from '../src/data/article-sentences.ts';

const articleUrl = new URL('../data/article.fa.txt', import.meta.url);
const outUrl = new URL('../data/article-sentences.json', import.meta.url);
const text = `${JSON.stringify({ sentences: splitSentences(readFileSync(articleUrl, 'utf8')) }, null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(outUrl, 'utf8') !== text) {
    console.error(
      'data/article-sentences.json is out of date: run npx tsx scripts/article-sentences.ts',
    );
    process.exit(1);
  }
} else {
  writeFileSync(outUrl, text);
}
