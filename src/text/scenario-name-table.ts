/**
 * Scenario names shown in German (issue 13: no English left in German), as a pure table with no imports: the
 * screens read it through src/text/scenario-names.ts (in the language shown), the bots' explanations
 * (src/ai/explain.ts) directly, so the rules code loads neither i18next nor UI code. A scenario file names its
 * outside buyers, partnership offers and own chips in one string, in English; the shipped files' names are
 * translated here (exact matches, then the "X accelerator (hypothetical)" pattern). A name this table does not
 * know, as in a player's own scenario file, is shown as written.
 */

const DE: Record<string, string> = {
  'xAI and Tesla (Colossus)': 'xAI und Tesla (Colossus)',
  'xAI (Colossus expansion)': 'xAI (Colossus-Ausbau)',
  'xAI (next cluster)': 'xAI (nächster Cluster)',
  'Oracle Cloud (Blackwell cluster)': 'Oracle Cloud (Blackwell-Cluster)',
  'CoreWeave, Lambda and other neoclouds': 'CoreWeave, Lambda und andere Neoclouds',
  // Firmen, not Unternehmen: a name's longest word sets the reveal table's name column on a phone (390 px), and
  // "Unternehmen" (86 px) made the German table 0.6 px wider than its box (test/browser/reveal-notes.test.ts).
  'AI labs, start-ups, enterprises and sovereign AI': 'KI-Labore, Start-ups, Firmen und staatliche KI',
  'Oracle, neoclouds and labs on AMD': 'Oracle, Neoclouds und Labore mit AMD',
  'Alibaba, Baidu and other Chinese buyers': 'Alibaba, Baidu und andere chinesische Käufer',
  'Baidu, iFlytek, China Mobile and other Chinese buyers': 'Baidu, iFlytek, China Mobile und andere chinesische Käufer',
  'Frontier AI lab: reserved training compute': 'Frontier-KI-Labor: reservierte Trainingsrechenleistung',
  'AI start-up: inference capacity': 'KI-Start-up: Inferenzkapazität',
  'NVIDIA allocation agreement (prepaid)': 'NVIDIA-Zuteilungsvertrag (vorausbezahlt)',
  'AMD MI300X volume agreement (prepaid)': 'AMD-MI300X-Mengenvertrag (vorausbezahlt)',
};

/** A scenario's name (outside buyer, partnership offer, own chip) in `language` ('en', 'de'). */
export function scenarioNameIn(name: string, language: string): string {
  if (language !== 'de') return name;
  const exact = DE[name];
  if (exact) return exact;
  const chip = /^(.+) accelerator \(hypothetical\)$/.exec(name);
  if (chip) return `${chip[1]}-Beschleuniger (hypothetisch)`;
  return name;
}
