/**
 * What a note may write as a tag: the site's own note components and a short list of harmless inline HTML,
 * each with the attributes it may carry (content/README.md, "노트에 쓸 수 있는 태그"). Everything else is
 * refused by the html-element and html-attribute rules.
 */
export const allowedElements: Readonly<Record<string, readonly string[]>> = {
  // The site's note components (src/components/).
  Question: ['q'],
  // Inline HTML without behaviour.
  br: [],
  wbr: [],
  kbd: [],
  samp: [],
  var: [],
  sub: [],
  sup: [],
  mark: [],
  small: [],
  del: [],
  ins: [],
  s: [],
  u: [],
  b: [],
  i: [],
  em: [],
  strong: [],
  code: [],
  cite: [],
  abbr: ['title'],
  dfn: ['title'],
  time: ['datetime'],
  img: ['src', 'alt', 'width', 'height', 'title'],
};

/** Attributes every allowed HTML element (not the components) may carry. */
export const globalAttributes: readonly string[] = ['lang'];

/**
 * Elements that run code, load other pages or resources, submit data or change the page around the note: named
 * in the message, because they are what an attacker or a careless paste would bring.
 */
export const dangerousElements: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'meta',
  'link',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'template',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'track',
  'portal',
  'noscript',
  'dialog',
  'slot',
  'canvas',
  'html',
  'head',
  'body',
  'title',
]);

/** Attributes that hold a URL: checked by unsafe-url on whatever element carries them. */
export const urlAttributes: ReadonlySet<string> = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'cite',
  'poster',
  'data',
  'background',
  'ping',
  'xlink:href',
  'longdesc',
  'manifest',
  'codebase',
]);
