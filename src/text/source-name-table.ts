/**
 * News sources' short names in German (no English left in German): a headline in the ticker and the news list is
 * followed by its source, short ("(NVIDIA specifications)"), which is the start of the scenario's `publisher`
 * (src/store/selectors.ts, sourceLabel). A source that is a proper name (a publication, a company, an agency, a
 * document's title: "Omdia", "Reuters", "NVIDIA Form 10-K") is shown as written; one that is a generic English
 * description ("NVIDIA specifications", "Meta Q4 2024 results") is shown in German by this table, used for display
 * only (the scenario files keep their English). An agency whose English name means nothing in German gets the
 * name German writing gives it ("US Bureau of Industry and Security" is "BIS des US-Handelsministeriums"). A pure
 * table with no imports, like scenario-name-table.ts; a name it does not know, as in a player's own scenario file,
 * is shown as written.
 */

/**
 * Exact short names of the shipped scenarios' sources (kinds R, E, D and ?) that are descriptions, not names, and of
 * the agencies named in German. No parenthesis: the ticker puts the source in one.
 */
const DE: Record<string, string> = {
  'US Bureau of Industry and Security': 'BIS des US-Handelsministeriums',
  'NVIDIA specifications': 'NVIDIA-Spezifikationen',
  'NVIDIA quarterly results': 'NVIDIA-Quartalszahlen',
  'NVIDIA filing': 'NVIDIA-Pflichtmitteilung',
  'NVIDIA GTC keynote': 'NVIDIA-Keynote auf der GTC',
  'NVIDIA H100 datasheet; TPP per the BIS definition': 'NVIDIA-H100-Datenblatt; TPP nach der BIS-Definition',
  'NVIDIA H200 datasheet': 'NVIDIA-H200-Datenblatt',
  'AMD datasheet and Q4 2024 results': 'AMD-Datenblatt und Zahlen für Q4 2024',
  'Microsoft quarterly reports': 'Microsoft-Quartalsberichte',
  'Meta Q4 2024 results': 'Meta-Zahlen für Q4 2024',
  'Alphabet Q4 2024 results': 'Alphabet-Zahlen für Q4 2024',
  'Amazon Q4 2024 results': 'Amazon-Zahlen für Q4 2024',
  'Tencent results': 'Tencent-Geschäftszahlen',
  'Huawei statements': 'Huawei-Angaben',
  'SemiAnalysis via the Financial Times; TrendForce': 'SemiAnalysis via Financial Times; TrendForce',
  'Chinese trade-press street prices': 'Marktpreise laut chinesischer Fachpresse',
};

/** A source's short name in `language` ('en', 'de'). */
export function sourceNameIn(name: string, language: string): string {
  if (language !== 'de') return name;
  const exact = DE[name];
  if (exact) return exact;
  // "Reported by a.com and b.com": the outlets are names, the words around them are not.
  const reported = /^Reported by (.+)$/.exec(name);
  if (reported?.[1]) return `laut ${reported[1].replace(/ and /g, ' und ')}`;
  return name;
}
