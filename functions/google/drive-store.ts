// The DocumentStore on Google Drive: the DOCX imported as a Google Doc into the office's recap folder and
// its PDF export stored next to it. Both files carry appProperties (office, year, period), so one
// files.list finds them and a rerun updates the same files: four calls (find, write the Doc, export,
// write the PDF), never a duplicate; what is no longer published is moved to the trash by key. A create that fails in a way that may have reached Drive is retried
// as find-then-write, so a retry cannot leave two files.
import { Readable } from 'node:stream';
import type { drive_v3 } from '@googleapis/drive';
import type { DocumentKey, DocumentStore, PublishedLinks } from '../recap/pipeline';
import type { GoogleClients } from './clients';
import { type RetryPolicy, withRetry } from './retry';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const GOOGLE_DOC_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';

export function idempotencyKey(key: DocumentKey): string {
  return `${key.officeId}:${key.tahun}:${key.periode}`;
}

type Kind = 'doc' | 'pdf';

export class DriveStore implements DocumentStore {
  /**
   * A split recap's parts are published three at a time: each waits mostly on Drive (the DOCX import into
   * a Google Doc, the PDF export), and a few calls at once stay far inside Drive's per-user quota, whose
   * excess is a 403/429 that `withRetry` backs off from
   * (https://developers.google.com/workspace/drive/api/guides/limits).
   */
  readonly publishConcurrency = 3;

  constructor(
    private readonly clients: GoogleClients,
    private readonly folderId: string,
    private readonly retry?: RetryPolicy,
  ) {}

  async publish(doc: {
    key: DocumentKey;
    title: string;
    docx: Buffer;
    parts?: number;
  }): Promise<PublishedLinks> {
    const k = idempotencyKey(doc.key);
    const found = await this.find(k);
    const refind = (kind: Kind) => async () => (await this.find(k))[kind];
    // a split document's first part records its part count on the Doc (in the same write), so that a rerun
    // knows which earlier parts to withdraw without looking for them
    const recorded = found.doc?.appProperties?.kinerjaBagian;
    const previousParts = !found.doc
      ? 0
      : recorded !== undefined && /^\d+$/.test(recorded)
        ? Number(recorded)
        : null;
    const written = await this.write(
      'doc',
      k,
      doc.key,
      doc.title,
      DOCX_MIME,
      doc.docx,
      found.doc,
      refind('doc'),
      doc.parts === undefined ? {} : { kinerjaBagian: String(doc.parts) },
    );
    const pdf = await this.exportPdf(written.id as string);
    const pdfFile = await this.write(
      'pdf',
      k,
      doc.key,
      `${doc.title}.pdf`,
      PDF_MIME,
      pdf,
      found.pdf,
      refind('pdf'),
    );
    return {
      docUrl: written.webViewLink ?? `https://docs.google.com/document/d/${written.id}/edit`,
      pdfUrl: pdfFile.webViewLink ?? `https://drive.google.com/file/d/${pdfFile.id}/view`,
      ...(doc.parts === undefined ? {} : { previousParts }),
    };
  }

  /**
   * The coat of arms named in Pengaturan: a Drive file ID, downloaded with files.get `alt=media`
   * (https://developers.google.com/workspace/drive/api/guides/manage-downloads).
   */
  async readImage(fileId: string): Promise<Uint8Array> {
    const res = await withRetry(
      () =>
        this.clients.drive.files.get(
          { fileId, alt: 'media', supportsAllDrives: true },
          { ...this.clients.callOptions, responseType: 'arraybuffer' },
        ),
      this.retry,
    );
    return new Uint8Array(res.data as unknown as ArrayBuffer);
  }

  /**
   * Move the Doc and PDF published under `key` to the trash (files.update `trashed: true`: "To move a file to
   * the trash, use the files.update method and set the trashed field to true"; in a Shared Drive this needs
   * the Content manager role the README's deploy steps give the service account:
   * https://developers.google.com/workspace/drive/api/guides/delete). A trashed file leaves files.list, so a
   * repeated withdrawal finds nothing and changes nothing.
   */
  async withdraw(key: DocumentKey): Promise<boolean> {
    const found = await this.find(idempotencyKey(key));
    const files = [found.doc, found.pdf].filter((f): f is drive_v3.Schema$File => Boolean(f?.id));
    for (const f of files)
      await withRetry(
        () =>
          this.clients.drive.files.update(
            { fileId: f.id as string, requestBody: { trashed: true }, fields: 'id', supportsAllDrives: true },
            this.clients.callOptions,
          ),
        this.retry,
      );
    return files.length > 0;
  }

  private async find(key: string): Promise<Record<Kind, drive_v3.Schema$File | null>> {
    const escaped = key.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    const res = await withRetry(
      () =>
        this.clients.drive.files.list(
          {
            q: `'${this.folderId}' in parents and appProperties has { key='kinerjaKey' and value='${escaped}' } and trashed = false`,
            fields: 'files(id,name,mimeType,webViewLink,appProperties)',
            supportsAllDrives: true,
            includeItemsFromAllDrives: true,
            pageSize: 10,
          },
          this.clients.callOptions,
        ),
      this.retry,
    );
    const files = res.data.files ?? [];
    const of = (kind: Kind) => files.find((f) => f.appProperties?.kinerjaKind === kind) ?? null;
    return { doc: of('doc'), pdf: of('pdf') };
  }

  private async write(
    kind: Kind,
    key: string,
    docKey: DocumentKey,
    name: string,
    mimeType: string,
    body: Buffer,
    existing: drive_v3.Schema$File | null,
    refind: () => Promise<drive_v3.Schema$File | null>,
    extra: Record<string, string> = {},
  ): Promise<drive_v3.Schema$File> {
    let target = existing;
    const res = await withRetry(async (attempt) => {
      if (attempt > 1 && !target) target = await refind(); // a failed create may have reached Drive
      const media = { mimeType, body: Readable.from(body) };
      if (target?.id) {
        return this.clients.drive.files.update(
          {
            fileId: target.id,
            // appProperties given in an update are added to the file's, the others kept
            requestBody: { name, ...(Object.keys(extra).length ? { appProperties: extra } : {}) },
            media,
            fields: 'id,webViewLink',
            supportsAllDrives: true,
          },
          this.clients.callOptions,
        );
      }
      return this.clients.drive.files.create(
        {
          requestBody: {
            name,
            parents: [this.folderId],
            mimeType: kind === 'doc' ? GOOGLE_DOC_MIME : PDF_MIME,
            appProperties: {
              kinerjaKey: key,
              kinerjaKind: kind,
              office: docKey.officeId,
              year: String(docKey.tahun),
              period: docKey.periode,
              ...extra,
            },
          },
          media,
          fields: 'id,webViewLink',
          supportsAllDrives: true,
        },
        this.clients.callOptions,
      );
    }, this.retry);
    return res.data;
  }

  private async exportPdf(fileId: string): Promise<Buffer> {
    const res = await withRetry(
      () =>
        this.clients.drive.files.export(
          { fileId, mimeType: PDF_MIME },
          { ...this.clients.callOptions, responseType: 'arraybuffer' },
        ),
      this.retry,
    );
    return Buffer.from(res.data as ArrayBuffer);
  }
}
