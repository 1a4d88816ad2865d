// Locked variants of cell styles, added to the stylesheet's cellXfs only when a signed row needs one.
// A cell format's <protection locked="0"/> unlocks it; without that element a cell is locked (ECMA-376
// Part 1, 18.8.33 protection, default locked="1"). Every other byte of styles.xml is kept.

export interface LockedStyles {
  /** The index of `style` made locked (itself when it is locked already). */
  locked(style: number): number;
  /** The index of `style` made unlocked (itself when it is unlocked already). */
  unlocked(style: number): number;
  readonly changed: boolean;
  xml(): string;
}

export function lockedStyles(xml: string): LockedStyles {
  const p = /<(\w+:)?styleSheet[\s>]/.exec(xml)?.[1] ?? '';
  const block = new RegExp(`<${p}cellXfs(\\s[^>]*)?>([\\s\\S]*?)</${p}cellXfs>`).exec(xml);
  const xfs = block
    ? [...(block[2] ?? '').matchAll(new RegExp(`<${p}xf\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}xf>)`, 'g'))].map(
        (m) => m[0],
      )
    : [];
  const added: string[] = [];
  const cache = new Map<number, number>();
  const cacheOpen = new Map<number, number>();
  const unlocked = (xf: string) => /<(\w+:)?protection\b[^>]*\blocked="(0|false)"/.test(xf);
  return {
    locked(style) {
      const xf = xfs[style];
      if (xf === undefined || !unlocked(xf)) return style;
      const known = cache.get(style);
      if (known !== undefined) return known;
      const variant = xf
        .replace(/(<(?:\w+:)?protection\b[^>]*?)\s+locked="(?:0|false)"/, '$1')
        .replace(/^<((?:\w+:)?xf)\b/, (m) =>
          /\bapplyProtection=/.test(xf) ? m : `${m} applyProtection="1"`,
        );
      const index = xfs.length + added.length;
      added.push(variant);
      cache.set(style, index);
      return index;
    },
    unlocked(style) {
      const xf = xfs[style];
      if (xf === undefined || unlocked(xf)) return style;
      const known = cacheOpen.get(style);
      if (known !== undefined) return known;
      const flagged = xf.replace(/^<((?:\w+:)?xf)\b/, (m) =>
        /\bapplyProtection=/.test(xf) ? m : `${m} applyProtection="1"`,
      );
      const open = `<${p}protection locked="0"/>`;
      // <protection> comes after <alignment> and before <extLst> in an <xf> (ECMA-376 Part 1, 18.8.45 xf)
      const variant = /<(\w+:)?protection\b/.test(flagged)
        ? flagged.replace(
            /<((?:\w+:)?protection)\b([^>]*?)(\/?)>/,
            (_m, tag: string, attrs: string, slash: string) =>
              `<${tag}${attrs.replace(/\s+locked="[^"]*"/, '')} locked="0"${slash}>`,
          )
        : /\/>$/.test(flagged)
          ? `${flagged.slice(0, -2)}>${open}</${p}xf>`
          : flagged.replace(new RegExp(`(<${p}extLst\\b|</${p}xf>)`), `${open}$1`);
      const index = xfs.length + added.length;
      added.push(variant);
      cacheOpen.set(style, index);
      return index;
    },
    get changed() {
      return added.length > 0;
    },
    xml() {
      if (!block || added.length === 0) return xml;
      const count = xfs.length + added.length;
      const attrs = (block[1] ?? '').replace(/\scount="\d+"/, '');
      const replacement = `<${p}cellXfs count="${count}"${attrs}>${block[2]}${added.join('')}</${p}cellXfs>`;
      return `${xml.slice(0, block.index)}${replacement}${xml.slice(block.index + block[0].length)}`;
    },
  };
}
