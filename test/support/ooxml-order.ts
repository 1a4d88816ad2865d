// What Word enforces of a WordprocessingML part and LibreOffice forgives: the children of the property
// elements in their schema order (ECMA-376 Part 1, the sequences of CT_PPrBase, CT_RPr, CT_TblPrBase,
// CT_TcPr, CT_SectPr, the border types and wp:inline), a table's tblPr/tblGrid/tr and a cell ending in a
// paragraph, characters XML 1.0 allows, and a relationship for every r:id and r:embed. A document that
// breaks one of these opens in LibreOffice and is "repaired" (or refused) by Word.
import { SaxesParser } from 'saxes';

const SEQUENCES: Record<string, string> = {
  'w:pPr':
    'pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange',
  'w:rPr':
    'rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath',
  'w:tblPr':
    'tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook',
  'w:tcPr':
    'cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign hideMark',
  'w:sectPr':
    'headerReference|footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid printerSettings',
  'w:tblBorders': 'top left bottom right insideH insideV',
  'w:tcBorders': 'top left bottom right insideH insideV tl2br tr2bl',
  'w:pBdr': 'top left bottom right between bar',
  'w:tbl': 'tblPr tblGrid tr',
  'w:tc': 'tcPr p|tbl',
  'wp:inline': 'extent effectExtent docPr cNvGraphicFramePr graphic',
};

/** May appear more than once in a row (the rest of a sequence's members appear at most once). */
const REPEATED = new Set(['tr', 'p|tbl', 'headerReference|footerReference']);

const ORDER = new Map(
  Object.entries(SEQUENCES).map(([parent, seq]) => {
    const groups = seq.split(' ');
    const index = new Map<string, number>();
    groups.forEach((g, i) => {
      for (const name of g.split('|')) index.set(name, i);
    });
    return [parent, { groups, index }] as const;
  }),
);

// XML 1.0 Char: tab, LF, CR, U+0020-U+D7FF, U+E000-U+FFFD, and the supplementary planes
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** The rule broken first by each kind of mistake in a part (empty: none). */
export function ooxmlProblems(xml: string, relationshipIds: ReadonlySet<string>): string[] {
  const problems = new Set<string>();
  if (NOT_XML.test(xml)) problems.add('a character XML 1.0 does not allow');
  const stack: { name: string; last: number; kids: string[] }[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('error', (e) => problems.add(`not well-formed: ${e.message}`));
  parser.on('opentag', (tag) => {
    const parent = stack.at(-1);
    if (parent) {
      parent.kids.push(tag.name);
      const order = ORDER.get(parent.name);
      const local = tag.name.slice(tag.name.indexOf(':') + 1);
      const i = order?.index.get(local);
      if (order && i === undefined) problems.add(`<${tag.name}> is no child of <${parent.name}>`);
      if (order && i !== undefined) {
        if (i < parent.last) problems.add(`<${tag.name}> after <${parent.kids.at(-2)}> in <${parent.name}>`);
        else if (i === parent.last && !REPEATED.has(order.groups[i] as string))
          problems.add(`<${tag.name}> twice in <${parent.name}>`);
        parent.last = Math.max(parent.last, i);
      }
    }
    for (const attr of ['r:id', 'r:embed']) {
      const id = tag.attributes[attr];
      if (typeof id === 'string' && !relationshipIds.has(id))
        problems.add(`${attr}="${id}" has no relationship`);
    }
    stack.push({ name: tag.name, last: -1, kids: [] });
  });
  parser.on('closetag', (tag) => {
    const done = stack.pop();
    if (tag.name === 'w:tc' && done?.kids.at(-1) !== 'w:p')
      problems.add('a <w:tc> that does not end in <w:p>');
    if (tag.name === 'w:tbl' && !done?.kids.includes('w:tblGrid'))
      problems.add('a <w:tbl> without <w:tblGrid>');
  });
  parser.write(xml).close();
  return [...problems];
}
