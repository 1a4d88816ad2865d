// The document service as the add-on's UrlFetchApp sees it: POST /document with `documents: [{ nip, kind }]`
// answered per document, `{ documents: [{ nip, kind, status, docUrl, pdfUrl } | { nip, kind, status, error }] }`
// (functions/http/handlers.ts documentHandler; test/functions/recap-service.test.ts checks the real one).
import type { FetchCall } from './services';

export interface JawabanDokumen {
  readonly status: number;
  readonly docUrl?: string;
  readonly pdfUrl?: string | null;
  readonly error?: { readonly pesan: string; readonly message: string };
}

export function documentService(
  answer: (nip: string, kind: string) => JawabanDokumen = (nip, kind) => ({
    status: 200,
    docUrl: `https://docs.google.com/document/d/${kind}-${nip}/edit`,
    pdfUrl: `https://drive.google.com/file/d/${kind}-${nip}/view`,
  }),
): (call: FetchCall) => { status: number; body: string } {
  return (call) => {
    const body = JSON.parse(String(call.params.payload)) as { documents?: { nip: string; kind: string }[] };
    if (!Array.isArray(body.documents)) return { status: 400, body: '{"error":{"pesan":"documents"}}' };
    return {
      status: 200,
      body: JSON.stringify({
        documents: body.documents.map((d) => ({ nip: d.nip, kind: d.kind, ...answer(d.nip, d.kind) })),
      }),
    };
  };
}

/** The documents a request asked for, as `kind nip`. */
export const documentsOf = (call: FetchCall): string[] =>
  (JSON.parse(String(call.params.payload)) as { documents: { nip: string; kind: string }[] }).documents.map(
    (d) => `${d.kind} ${d.nip}`,
  );
