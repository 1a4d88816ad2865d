// The log's anchor in the add-on's document properties: a store that belongs to this add-on and this
// document, which editors of the sheet cannot read or write (PropertiesService.getDocumentProperties,
// https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
// — "a property store that all users can access within the current document, but only if the script is
// published as an add-on": it is reached only through the add-on's own code). 9 KB per value is ample.
import type { Jangkar, PenyimpanJangkar } from '../../shared';

const KEY = 'kinerja.jangkar';

export function documentAnchor(): PenyimpanJangkar {
  const props = PropertiesService.getDocumentProperties();
  return {
    baca(): Jangkar | null {
      const raw = props.getProperty(KEY);
      if (!raw) return null;
      try {
        const parsed = JSON.parse(raw) as Partial<Jangkar>;
        return typeof parsed.panjang === 'number' && typeof parsed.kepala === 'string'
          ? {
              panjang: parsed.panjang,
              kepala: parsed.kepala,
              ...(typeof parsed.sidik === 'string' ? { sidik: parsed.sidik } : {}),
            }
          : null;
      } catch {
        return null;
      }
    },
    tulis(j: Jangkar): void {
      props.setProperty(KEY, JSON.stringify(j));
    },
  };
}
