// The text characters of a DOCX as Google Docs counts them against its size limit (the runs of
// word/document.xml: each `<w:t>`'s text, an entity counting one). The recap filler counts them while it
// writes document.xml, so the split of a large recap (functions/recap/pipeline.ts) need not unzip and scan
// every part it rendered again. No dependency: the pipeline loads this at cold start.

/** The characters of the `<w:t>` elements in a piece of WordprocessingML. */
export function textCharacters(xml: string): number {
  let n = 0;
  for (const m of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g))
    n += (m[1] ?? '').replace(/&(amp|lt|gt|quot|apos|#\d+);/g, '_').length;
  return n;
}

/** The characters of each DOCX this process rendered, counted as it was written. */
export const charactersWritten = new WeakMap<Buffer, number>();
