// The start tags of an HTML document and their attribute names, read the way the HTML
// tokenizer reads them (double-, single- and unquoted values), so that a check for event
// handlers looks at markup only and not at text that merely reads "onload=".
// A literal `<` followed by a letter opens a tag; text outside script/style cannot hold one
// (the serializer escapes it), and our only inline script (JSON-LD) escapes `<` as \u003c.

export interface StartTag {
  name: string;
  attributes: string[];
  /** Attribute values as written (character references not decoded), by lower-case name. */
  values: Record<string, string>;
}

export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  const open = /<([a-zA-Z][^\s/>]*)/g;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const attributes: string[] = [];
    const values: Record<string, string> = {};
    let i = open.lastIndex;
    while (i < html.length && html[i] !== '>') {
      const ch = html[i]!;
      if (/[\s/]/.test(ch)) {
        i++;
        continue;
      }
      // The first character may be anything but space, `/` or `>` (even `=`), as in the spec.
      const name = /^[^]{1}[^\s/>=]*/.exec(html.slice(i, i + 200))![0];
      attributes.push(name.toLowerCase());
      i += name.length;
      while (/\s/.test(html[i] ?? '')) i++;
      if (html[i] !== '=') continue;
      i++;
      while (/\s/.test(html[i] ?? '')) i++;
      const q = html[i];
      const from = i;
      if (q === '"' || q === "'") {
        const end = html.indexOf(q, i + 1);
        i = end === -1 ? html.length : end + 1;
        values[name.toLowerCase()] = html.slice(from + 1, Math.max(from + 1, i - 1));
      } else {
        while (i < html.length && !/[\s>]/.test(html[i]!)) i++;
        values[name.toLowerCase()] = html.slice(from, i);
      }
    }
    tags.push({ name: m[1]!.toLowerCase(), attributes, values });
    open.lastIndex = i;
  }
  return tags;
}
