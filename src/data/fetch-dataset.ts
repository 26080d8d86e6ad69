// The one module that fetches: a dataset file from a URL already checked by parseDataUrl.
import { MAX_DATASET_BYTES, sizeProblem } from './import/limits';
import { problem, type Problem } from './import/problem';

/**
 * Fetches the dataset at `url` as a Blob for the import, or says why it could not: the network or
 * the server failed, or the file is over `maxBytes` (checked on the declared length before the body
 * is read, and on what arrived). Never rejects. Credentials are never sent.
 *
 * @example
 * const fetched = await fetchDataset(new URL('./data/mine.json', location.href));
 * if (fetched.ok) await importFile(fetched.value);
 */
export async function fetchDataset(
  url: URL,
  maxBytes: number = MAX_DATASET_BYTES,
): Promise<{ ok: true; value: Blob } | { ok: false; problem: Problem }> {
  const where = { path: '' };
  const fail = (reason: string) =>
    ({
      ok: false,
      problem: problem('error', 'url.fetch', where, { url: url.href, reason }),
    }) as const;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', redirect: 'follow', cache: 'no-cache' });
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) return fail(`HTTP ${response.status}`);
  // Static hosts often answer a missing file with their own page (and HTTP 200).
  if (/^text\/html\b/i.test(response.headers.get('content-type') ?? '')) {
    return fail(`the server sent a web page, not a dataset file (HTTP ${response.status})`);
  }
  const declared = Number(response.headers.get('content-length'));
  const early = Number.isFinite(declared) ? sizeProblem(declared, maxBytes) : null;
  if (early) return { ok: false, problem: early };
  const blob = await response.blob().catch(() => null);
  if (!blob) return fail('the connection closed');
  const late = sizeProblem(blob.size, maxBytes);
  return late ? { ok: false, problem: late } : { ok: true, value: blob };
}
