// A fake of the built-in Drive service (DriveApp) for the evidence upload, and of the Blob helpers of
// Utilities, following Google's reference:
// - DriveApp.getFolderById(id) (https://developers.google.com/apps-script/reference/drive/drive-app#getFolderById(String)):
//   an ID the user cannot reach throws "No item with the given ID could be found, or you do not have
//   permission to access it."
// - Folder.getFoldersByName(name), Folder.createFolder(name), Folder.createFile(blob)
//   (https://developers.google.com/apps-script/reference/drive/folder): creating needs edit access to the
//   folder (Drive permissions are inherited by what is inside a folder:
//   https://support.google.com/drive/answer/2494822); every method needs the `drive` scope, the only scope
//   the reference lists for them; createFile(blob) refuses a blob over 50 MB (the Apps Script blob limit).
// - File.getUrl() (https://developers.google.com/apps-script/reference/drive/file#getUrl()).
// - Utilities.base64Decode(encoded) returns a byte array; Utilities.newBlob(data, contentType, name)
//   (https://developers.google.com/apps-script/reference/utilities/utilities#newBlob(Byte,String,String)).
export const SCOPE_DRIVE = 'https://www.googleapis.com/auth/drive';

export interface FakeDriveFile {
  readonly id: string;
  readonly name: string;
  readonly mimeType: string;
  readonly bytes: Buffer;
  readonly parent: string;
  readonly owner: string;
}

interface FolderRecord {
  readonly id: string;
  readonly name: string;
  readonly parent: string | null;
  /** Editors (the owner included); subfolders inherit their parent's. */
  readonly editors: Set<string>;
}

const NOT_FOUND =
  'Exception: No item with the given ID could be found, or you do not have permission to access it.';
const MAX_BLOB = 50 * 1024 * 1024;

export class FakeDrive {
  readonly folders = new Map<string, FolderRecord>();
  readonly files: FakeDriveFile[] = [];
  private next = 1;

  /** A folder someone made and shared with `editors` (the owner first). */
  addFolder(name: string, editors: readonly string[], parent: string | null = null): string {
    const id = `folder${this.next++}${'x'.repeat(20)}`;
    this.folders.set(id, { id, name, parent, editors: new Set(editors) });
    return id;
  }

  /** The path of folder names from the root folder down to `id`. */
  pathOf(id: string): string[] {
    const f = this.folders.get(id);
    return f ? [...(f.parent ? this.pathOf(f.parent) : []), f.name] : [];
  }

  private canEdit(id: string, user: string): boolean {
    const f = this.folders.get(id);
    return !!f && (f.editors.has(user) || (f.parent !== null && this.canEdit(f.parent, user)));
  }

  /** DriveApp as the user `user()` sees it; `needsScope` enforces the manifest's scopes. */
  service(user: () => string, needsScope: (method: string, ...scopes: string[]) => void) {
    const folder = (id: string): GoogleAppsScript.Drive.Folder => {
      const record = this.folders.get(id) as FolderRecord;
      const iterator = (items: GoogleAppsScript.Drive.Folder[]) => {
        let i = 0;
        return {
          hasNext: () => i < items.length,
          next: () => {
            if (i >= items.length) throw new Error('Exception: No more items.');
            return items[i++] as GoogleAppsScript.Drive.Folder;
          },
        } as unknown as GoogleAppsScript.Drive.FolderIterator;
      };
      const mustEdit = (method: string) => {
        needsScope(method, SCOPE_DRIVE);
        if (!this.canEdit(id, user())) throw new Error('Exception: Access denied: DriveApp.');
      };
      return {
        getId: () => id,
        getName: () => record.name,
        getFoldersByName: (name: string) => {
          needsScope('Folder.getFoldersByName', SCOPE_DRIVE);
          return iterator(
            [...this.folders.values()]
              .filter((f) => f.parent === id && f.name === name)
              .map((f) => folder(f.id)),
          );
        },
        createFolder: (name: string) => {
          mustEdit('Folder.createFolder');
          const child = `folder${this.next++}${'x'.repeat(20)}`;
          this.folders.set(child, { id: child, name, parent: id, editors: new Set([user()]) });
          return folder(child);
        },
        createFile: (blob: GoogleAppsScript.Base.BlobSource) => {
          mustEdit('Folder.createFile');
          const b = blob.getBlob();
          const bytes = Buffer.from((b.getBytes() as number[]).map((x) => (x + 256) % 256));
          if (bytes.length > MAX_BLOB)
            throw new Error(
              'Exception: Blob object must have non-null data for this operation or is too large.',
            );
          const file: FakeDriveFile = {
            id: `file${this.next++}${'y'.repeat(20)}`,
            name: b.getName() ?? 'Untitled',
            mimeType: b.getContentType() ?? 'application/octet-stream',
            bytes,
            parent: id,
            owner: user(),
          };
          this.files.push(file);
          return {
            getId: () => file.id,
            getName: () => file.name,
            getUrl: () => `https://drive.google.com/file/d/${file.id}/view?usp=drivesdk`,
          } as unknown as GoogleAppsScript.Drive.File;
        },
      } as unknown as GoogleAppsScript.Drive.Folder;
    };
    return {
      getFolderById: (id: string) => {
        needsScope('DriveApp.getFolderById', SCOPE_DRIVE);
        const f = this.folders.get(id);
        // a folder the user is not shared on is as unknown to them as a wrong ID
        if (!f || !this.canSee(id, user())) throw new Error(NOT_FOUND);
        return folder(id);
      },
    } satisfies Partial<GoogleAppsScript.Drive.DriveApp>;
  }

  private canSee(id: string, user: string): boolean {
    return this.canEdit(id, user);
  }
}

/** Utilities' blob helpers, signed bytes as Apps Script gives them. */
export function blobUtilities() {
  const blob = (bytes: number[], contentType: string | null, name: string | null) =>
    ({
      getBytes: () => bytes,
      getContentType: () => contentType,
      getName: () => name,
      getBlob() {
        return this;
      },
    }) as unknown as GoogleAppsScript.Base.Blob;
  return {
    base64Decode: ((encoded: string) =>
      [...Buffer.from(encoded, 'base64')].map((b) =>
        b > 127 ? b - 256 : b,
      )) as GoogleAppsScript.Utilities.Utilities['base64Decode'],
    newBlob: ((data: number[], contentType?: string, name?: string) =>
      blob(
        data,
        contentType ?? null,
        name ?? null,
      )) as unknown as GoogleAppsScript.Utilities.Utilities['newBlob'],
  };
}
