// The log's anchor in the add-on's document properties: a store that belongs to this add-on and this
// document, which editors of the sheet cannot read or write (PropertiesService.getDocumentProperties,
// https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties()
// — "a property store that all users can access within the current document, but only if the script is
// published as an add-on": it is reached only through the add-on's own code). 9 KB per value is ample.
import { bacaJangkarJson, type Jangkar, type PenyimpanJangkar } from '../../shared';

const KEY = 'kinerja.jangkar';

/**
 * The anchor store of one execution: the property store is opened and the anchor read once (an action
 * reads it under the lock and the documents it files after carry it: one reading, not one per document);
 * what this execution writes is what it reads next. Make one per server call, never a module-wide one.
 */
export function documentAnchor(): PenyimpanJangkar {
  let props: GoogleAppsScript.Properties.Properties | null = null;
  let read: { readonly jangkar: Jangkar | null } | null = null;
  const store = () => {
    props ??= PropertiesService.getDocumentProperties();
    return props;
  };
  return {
    baca(): Jangkar | null {
      read ??= { jangkar: bacaJangkarJson(store().getProperty(KEY)) };
      return read.jangkar;
    },
    tulis(j: Jangkar): void {
      store().setProperty(KEY, JSON.stringify(j));
      read = { jangkar: j };
    },
  };
}
