/**
 * A lead-in that is a subject and a bare copula, right before the formula that gives it:
 * "The momentum of a body is" then `p = m v`; "La quantità di moto è", "El momento lineal es",
 * "Der Impuls ist", "La quantité de mouvement est" (and "equals", "vale", "beträgt", "vaut"), and
 * the other languages' "is given by" ("è data da", "está dada por", "ist gegeben durch", "est
 * donnée par"; English's is prose-lead-in.ts's).
 *
 * Narrower than the "is given by" lead-in (prose-lead-in.ts), since "is" alone ends many
 * sentences that name no quantity ("The idea is", "Die Lösung ist"): the whole line is the
 * sentence (a capitalised article first, no comma, no math), the subject is at most six words,
 * and none of them is a word for a formula, a result or a thought. The caller still asks for a
 * left-hand side that is one plain symbol.
 */

/** Article, subject, copula, at most a colon: per language, the whole line. */
const SHAPES: RegExp[] = [
  /^(?:The|A|An)\s+([A-Za-z][A-Za-z' -]{1,60}?)\s+(?:is|equals|reads)\s*:?$/,
  /^(?:Il|Lo|La|L'|L’|Un|Una|Uno)\s*(\p{L}[\p{L}' -]{1,60}?)\s+(?:è|vale|è\s+pari\s+a|è\s+uguale\s+a|si\s+scrive|(?:è|viene)\s+dat[oa]\s+da|(?:è|viene)\s+definit[oa]\s+(?:da|come)|si\s+(?:calcola|esprime|definisce)\s+come)\s*:?$/u,
  /^(?:El|La|Un|Una)\s+(\p{L}[\p{L}' -]{1,60}?)\s+(?:es|vale|es\s+igual\s+a|se\s+escribe|(?:es|viene|está)\s+dad[oa]\s+por|se\s+(?:define|calcula|expresa)\s+como)\s*:?$/u,
  /^(?:Der|Die|Das|Ein|Eine)\s+(\p{L}[\p{L}' -]{1,60}?)\s+(?:ist|beträgt|lautet|(?:ist|wird)\s+(?:gegeben|definiert)\s+(?:durch|als)|(?:berechnet|ergibt)\s+sich\s+(?:als|zu|aus))\s*:?$/u,
  /^(?:Le|La|L'|L’|Un|Une)\s*(\p{L}[\p{L}' -]{1,60}?)\s+(?:est|vaut|s'écrit|s’écrit|est\s+égale?\s+à|est\s+donnée?\s+par|est\s+définie?\s+(?:par|comme)|se\s+calcule\s+(?:par|comme)|s['’]exprime\s+(?:par|comme))\s*:?$/u,
];

/** Subjects that are a thought, a step or the formula itself, in the languages above. */
const NOT_A_QUANTITY =
  /^(?:one|ones|thing|things|part|term|way|bit|piece|last|next|first|second|third|other|following|same|latter|former|catch|takeaway|idea|point|goal|aim|trick|key|catch|reason|intuition|insight|question|problem|difference|answer|result|formula|equation|law|relation|rule|definition|solution|procedure|algorithm|approach|method|step|case|claim|statement|conclusion|condition|constraint|assumption|hypothesis|model|expression|relazione|formula|equazione|legge|risultato|soluzione|idea|regola|definizione|ecuación|fórmula|ley|relación|resultado|solución|regla|definición|gleichung|formel|gesetz|beziehung|ergebnis|lösung|regel|definition|idee|équation|formule|loi|relation|résultat|règle|définition|idée)$/iu;

/** The subject a copula lead-in names ("momentum of a body"), or null. */
export function copulaLeadIn(line: string): string | null {
  if (line.length > 200) return null;
  const text = line.replace(/[*_]/g, '').trim();
  if (text.includes('$') || /[,;.!?(]/.test(text)) return null;
  for (const shape of SHAPES) {
    const m = shape.exec(text);
    if (!m) continue;
    // "The sample standard deviation itself is": the adverb is no part of the name.
    const name = m[1]!.replace(/\s+(?:itself|themselves|here|now|then|also|again|simply|thus|therefore)$/i, '').trim();
    const words = name.split(/\s+/);
    if (words.length > 6 || words.some((w) => NOT_A_QUANTITY.test(w.replace(/^[lL]['’]/, '')))) return null;
    return name;
  }
  return null;
}
