// The coat of arms named in Pengaturan (`Lambang`) read through the document store: a Drive file ID in the
// cloud, a file path locally. A named image that cannot be read, or is not PNG or JPEG, stops the document
// with a message naming the setting (a letterhead silently without its coat of arms would be printed).
import { fail, ok, type Result } from '../../shared';
import type { DocumentStore } from '../recap/pipeline';
import { imageType } from '../render/image';

export async function bacaLambang(store: DocumentStore, ref: string): Promise<Result<Uint8Array | null>> {
  if (!ref.trim() || !store.readImage) return ok(null);
  const place = { tab: 'Pengaturan', column: 'Nilai', params: { ref } } as const;
  let bytes: Uint8Array;
  try {
    bytes = await store.readImage(ref.trim());
  } catch (error) {
    return fail({
      ...place,
      key: 'lambang.tidakTerbaca',
      params: { ref, sebab: String((error as Error).message ?? error) },
    });
  }
  return imageType(bytes) ? ok(bytes) : fail({ ...place, key: 'lambang.bukanGambar' });
}
