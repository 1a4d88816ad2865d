// A recap's .docx package written directly (ECMA-376 Part 1, WordprocessingML; Part 2, Open Packaging
// Conventions): document.xml written into the archive's deflater piece by piece from the body's blocks
// (ooxml-parts.ts, ooxml-table.ts; docx-zip.ts `text`), so a large office's tens of megabytes of XML are
// never held at once; the styles, settings, footer, properties and relationships as the `docx` library
// writes them for the same document (its default styles for Normal, tables and Heading 1-3, the recap's
// 8 pt default and its 10 pt paragraph style). Each picture is stored once, as it is; the text characters
// are counted as they are written (Google Docs' size limit, characters.ts).
import { setImmediate } from 'node:timers/promises';
import { charactersWritten, textCharacters } from './characters';
import { DocxZip } from './docx-zip';
import { A4, FONT, TABLE_SIZE } from './layout';
import type { Blok } from './ooxml-parts';
import { blockXml, escapeXml, imageXml, Links, TEXT_STYLE } from './ooxml-table';

export interface Bab {
  readonly landscape: boolean;
  readonly children: readonly Blok[];
}

export interface DocxTeks {
  /** The document's title (its properties). */
  readonly title: string;
  /** The footer's text on every page, centred at 7 pt. */
  readonly footer: string;
  readonly sections: readonly Bab[];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** The relationships namespace, and the prefix of the relationship types. */
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const FONTS = `<w:rFonts w:ascii="${FONT}" w:cs="${FONT}" w:eastAsia="${FONT}" w:hAnsi="${FONT}"/>`;

const CONTENT_TYPES =
  `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>' +
  '<Default Extension="jpg" ContentType="image/jpeg"/>' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

const PACKAGE_RELS =
  `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${R}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

const APP = `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>`;

const heading = (level: number, color: string, size: number) =>
  `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="Heading ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="${color}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;

/**
 * The document defaults are the table text (Arial 8 pt, no spacing), so the many cells written directly
 * need no style of their own; every other paragraph sets its size (ooxml-parts.ts). Word's default cell
 * margins (108 twips each side, which layout.ts counts on) in the table style.
 */
const STYLES =
  `${DECL}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>${FONTS}<w:sz w:val="${TABLE_SIZE}"/><w:szCs w:val="${TABLE_SIZE}"/></w:rPr></w:rPrDefault>` +
  '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:before="0"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="table" w:styleId="TableNormal" w:default="1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
  '<w:tblPr><w:tblInd w:type="dxa" w:w="0"/><w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="108"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="108"/></w:tblCellMar></w:tblPr></w:style>' +
  heading(1, '2E74B5', 32) +
  heading(2, '2E74B5', 26) +
  heading(3, '1F4D78', 24) +
  `<w:style w:type="paragraph" w:styleId="${TEXT_STYLE}"><w:name w:val="Kinerja Teks"/><w:rPr>${FONTS}<w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>` +
  '</w:styles>';

const SETTINGS =
  `${DECL}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/>` +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';

const FOOTER_ID = 'rIdKinerjaFooter';

function footerXml(text: string): string {
  return (
    `${DECL}<w:ftr xmlns:w="${W}" xmlns:r="${R}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
    `<w:r><w:rPr>${FONTS}<w:sz w:val="14"/><w:szCs w:val="14"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:ftr>`
  );
}

function coreXml(title: string, now: string): string {
  return (
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>Kinerja Sheets</dc:creator><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`
  );
}

/** A section's page (A4, 1-inch margins, portrait or landscape) and footer. */
function sectPr(landscape: boolean): string {
  const [w, h] = landscape ? [A4.long, A4.short] : [A4.short, A4.long];
  const m = A4.margin;
  return (
    `<w:sectPr><w:footerReference w:type="default" r:id="${FOOTER_ID}"/>` +
    `<w:pgSz w:w="${w}" w:h="${h}" w:orient="${landscape ? 'landscape' : 'portrait'}"/>` +
    `<w:pgMar w:top="${m}" w:right="${m}" w:bottom="${m}" w:left="${m}" w:header="708" w:footer="708" w:gutter="0"/>` +
    '<w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

/**
 * The section's properties in the last paragraph of its section, as Word keeps them: in that paragraph's
 * properties when the section ends with a paragraph, else in an empty paragraph of their own.
 */
function endSection(last: Blok | undefined, props: string): { replace: boolean; xml: string } {
  if (typeof last === 'string' && last.endsWith('</w:p>') && last.lastIndexOf('<w:p>') === 0) {
    if (last.startsWith('<w:p><w:pPr>'))
      return { replace: true, xml: last.replace('</w:pPr>', `${props}</w:pPr>`) };
    return { replace: true, xml: `<w:p><w:pPr>${props}</w:pPr>${last.slice('<w:p>'.length)}` };
  }
  if (last === '<w:p/>') return { replace: true, xml: `<w:p><w:pPr>${props}</w:pPr></w:p>` };
  return { replace: false, xml: `<w:p><w:pPr>${props}</w:pPr></w:p>` };
}

/**
 * The .docx bytes of a recap document. A chart given as a function is drawn when the writing reaches it,
 * and after each picture the event loop turns: the canvas hands its pixels over in memory that only a
 * finalizer run on the event loop gives back (Node-API), so a hundred charts drawn without a turn held
 * 150 MB. A block that fails rejects.
 */
export async function writeDocx(doc: DocxTeks): Promise<Buffer> {
  const links = new Links();
  const zip = new DocxZip();
  const xml = zip.text('word/document.xml', 1);
  let docPr = 0;
  const text = (b: string) => {
    links.characters += textCharacters(b);
    xml.write(b);
  };
  xml.write(`${DECL}<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:wp="${WP}"><w:body>`);
  for (const [i, s] of doc.sections.entries()) {
    const props = sectPr(s.landscape);
    // the last section's properties close the body
    const end = i === doc.sections.length - 1 ? null : endSection(s.children.at(-1), props);
    const body = end?.replace ? s.children.slice(0, -1) : s.children;
    for (const b of body) {
      if (typeof b === 'string') text(b);
      else if (typeof b === 'function') {
        // a unit's tables row by row, each made when it is written
        for (const t of b()) for (const x of blockXml(t, links)) xml.write(x);
      } else {
        const bytes = typeof b.png === 'function' ? b.png() : b.png;
        const media = links.image(bytes);
        // stored as it is: a PNG's or JPEG's data is compressed already
        if (media.fresh) zip.add(`word/${media.path}`, bytes, false);
        xml.write(imageXml(media.id, ++docPr, b.width, b.height));
        await setImmediate();
      }
    }
    text(end ? end.xml : props);
  }
  xml.write('</w:body></w:document>');
  xml.end();
  zip.add('[Content_Types].xml', Buffer.from(CONTENT_TYPES, 'utf8'));
  zip.add('_rels/.rels', Buffer.from(PACKAGE_RELS, 'utf8'));
  zip.add('docProps/core.xml', Buffer.from(coreXml(doc.title, new Date().toISOString()), 'utf8'));
  zip.add('docProps/app.xml', Buffer.from(APP, 'utf8'));
  zip.add('word/styles.xml', Buffer.from(STYLES, 'utf8'));
  zip.add('word/settings.xml', Buffer.from(SETTINGS, 'utf8'));
  zip.add('word/footer1.xml', Buffer.from(footerXml(doc.footer), 'utf8'));
  // the hyperlinks and pictures are all known now: their relationships close the archive (entry order does
  // not matter)
  const rels =
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rIdKinerjaStyles" Type="${R}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rIdKinerjaSettings" Type="${R}/settings" Target="settings.xml"/>` +
    `<Relationship Id="${FOOTER_ID}" Type="${R}/footer" Target="footer1.xml"/>` +
    `${links.rels.join('')}</Relationships>`;
  zip.add('word/_rels/document.xml.rels', Buffer.from(rels, 'utf8'));
  const out = zip.bytes();
  charactersWritten.set(out, links.characters);
  return out;
}
