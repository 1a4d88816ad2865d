// The log's anchor in the add-on's document properties: a store that belongs to this add-on and this
// document, which editors of the sheet cannot read or write (PropertiesService.getDocumentProperties,
// https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
// — "a property store that all users can access within the current document, but only if the script is
// published as an add-on": it is reached only through the add-on's own code). 9 KB per value is ample.
import { bacaJangkarJson, type Jangkar, type PenyimpanJangkar } from '../../shared';

const KEY = 'kinerja.jangkar';

export function documentAnchor(): PenyimpanJangkar {
  const props = PropertiesService.getDocumentProperties();
  return {
    baca: (): Jangkar | null => bacaJangkarJson(props.getProperty(KEY)),
    tulis(j: Jangkar): void {
      props.setProperty(KEY, JSON.stringify(j));
    },
  };
}
