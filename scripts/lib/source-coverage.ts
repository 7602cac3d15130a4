/**
 * Checks that the facts of the owner's original notes reached the normalized content: every link,
 * bold term, inline code, table cell, code line, number with a unit and diagram label found in a source
 * note must appear in some content file. Comparison ignores whitespace, case and Markdown markup, and
 * applies the typo corrections the normalization made on purpose.
 */
export interface SourceFact {
  kind: 'link' | 'bold' | 'code' | 'table' | 'code-line' | 'number' | 'diagram-label' | 'ascii-art-word';
  text: string;
  line: number;
}

/** Obvious typos fixed during normalization (content/README.md): source spelling → site spelling. */
const typoCorrections: Array<[RegExp, string]> = [
  [/publis\//g, 'publish/'],
  [/하이버바이저|하이버파이저/g, '하이퍼바이저'],
  [/빼를/g, '빠를'],
  [/상당이/g, '상당히'],
  [/메세지/g, '메시지'],
  [/메니페스트/g, '매니페스트'],
  [/그닥/g, '그다지'],
];

export function normalizeForComparison(text: string): string {
  let normalized = text.normalize('NFC').toLowerCase();
  for (const [pattern, replacement] of typoCorrections) normalized = normalized.replace(pattern, replacement);
  return normalized
    .replace(/<br\s*\/?>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[*`\\"'“”‘’.,:;()]/g, '')
    .replace(/\s+/g, '');
}

const numberWithUnit = /\d[\d,.]*\s?(?:ms|μs|us|ns|초|분|시간|일|gb|mb|kb|tb|bytes?|%|배|tps|년|ms\b)/gi;

export function extractFacts(source: string): SourceFact[] {
  const facts: SourceFact[] = [];
  const lines = source.split('\n');
  let fence: { language: string } | undefined;
  lines.forEach((rawLine, index) => {
    const line = rawLine.trim();
    const lineNumber = index + 1;
    const fenceMatch = /^(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
    if (fenceMatch) {
      fence = fence ? undefined : { language: fenceMatch[2]!.toLowerCase() };
      return;
    }
    if (fence) {
      if (!line) return;
      if (fence.language === 'mermaid') {
        for (const match of line.matchAll(/\[\(?([^\][()]+?)\)?\]|\{([^{}]+)\}|\(\(?([^()]+?)\)?\)|\|([^|]+)\||"([^"]+)"|:\s*(.+)$/g)) {
          const label = (match[1] ?? match[2] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? '').replace(/<br\/?>|\\n/g, ' ').trim();
          if (label && !/^(TD|LR|graph|flowchart)$/i.test(label)) facts.push({ kind: 'diagram-label', text: label, line: lineNumber });
        }
        const participant = /^participant\s+(\S+)/.exec(line);
        if (participant) facts.push({ kind: 'diagram-label', text: participant[1]!, line: lineNumber });
      } else if (fence.language) {
        facts.push({ kind: 'code-line', text: line, line: lineNumber });
      } else {
        // Plain fences held ASCII art and term lists, now diagrams and tables: every word must survive.
        for (const word of line.match(/[\p{L}\p{N}][\p{L}\p{N}._-]*[\p{L}\p{N}]/gu) ?? []) {
          facts.push({ kind: 'ascii-art-word', text: word, line: lineNumber });
        }
      }
      return;
    }
    if (/^\|/.test(line)) {
      if (/^\|[\s:|-]+\|?$/.test(line)) return;
      for (const cell of line.split('|').slice(1, -1)) {
        for (const part of cell.split(/<br\s*\/?>/)) {
          const text = part
            .trim()
            .replace(/^[-•]\s*/, '')
            .trim();
          if (text) facts.push({ kind: 'table', text, line: lineNumber });
        }
      }
    }
    // Headings are reworded as nouns and renumbered on purpose; their facts are the sections below them.
    if (/^#/.test(line)) return;
    const prose = line.replace(/^\d+(\.\d+)*\.?\s*/, '');
    for (const match of prose.matchAll(/\*\*([^*]+?)\*\*/g)) {
      // "**Q1. …?**" and "**Kafka란?**" are question titles: the questions live in <Question q="…">.
      if (/^Q\d+\.|\?$/.test(match[1]!.trim())) continue;
      const text = match[1]!
        .replace(/^\d+(\.\d+)*\.?\s*/, '')
        .replace(/[:：]\s*$/, '')
        .trim();
      if (text) facts.push({ kind: 'bold', text, line: lineNumber });
    }
    for (const match of line.matchAll(/`([^`]+)`/g)) facts.push({ kind: 'code', text: match[1]!, line: lineNumber });
    for (const match of line.matchAll(/https?:\/\/[^\s)>\]]+/g)) facts.push({ kind: 'link', text: match[0], line: lineNumber });
    for (const match of prose.matchAll(numberWithUnit)) facts.push({ kind: 'number', text: match[0], line: lineNumber });
  });
  return facts;
}

/**
 * Facts the normalization reworded on purpose, each with the text that now carries it on the site:
 * bold labels that became headings (reordered to `한국어 (English)`), labels split into table columns,
 * and sentence endings brought to one register. The test checks that every replacement is present.
 */
export const acceptedRewordings: Array<[source: string, site: string]> = [
  ['Partition (파티션)', '파티션 (Partition)'],
  ['Cluster (클러스터)', 'Cluster'],
  ['Consumer Rebalancing (컨슈머 리밸런싱)', '컨슈머 리밸런싱 (Consumer Rebalancing)'],
  ['목적 및 주요 도구', '주요 도구'],
  ['▶ 사용자 맞춤형 선택 기준', '선택 가이드'],
  ['스케일업 VS 스케일 아웃', '스케일업과 스케일아웃'],
  ['DB 다중화, 동기화', 'DB 다중화와 동기화'],
  ['최소 한 번 전달 (일반적인 사용)', '최소 한 번 전달** | **일반적인 사용'],
  ['trade-off의 전체적인 그림을 제공하지 못합니다.', 'trade-off의 전체적인 그림을 제공하지 못함'],
];

/** The facts of `source` that appear nowhere in `content` (both compared normalized). */
export function missingFacts(source: string, content: string): SourceFact[] {
  return missingOf(extractFacts(source), content);
}

/** The given facts (e.g. from the committed manifest) that appear nowhere in `content`. */
export function missingOf<Fact extends SourceFact>(facts: readonly Fact[], content: string): Fact[] {
  const reworded = new Set(acceptedRewordings.map(([original]) => normalizeForComparison(original)));
  // Link text is compared without its Markdown target, and the targets are kept for the URL facts.
  const withoutLinkTargets = content.replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1');
  const haystack = normalizeForComparison(`${content}\n${withoutLinkTargets}`);
  const found = (text: string) => haystack.includes(normalizeForComparison(text));
  return facts.filter((fact) => {
    if (found(fact.text) || reworded.has(normalizeForComparison(fact.text))) return false;
    // A table cell listing several points ("A, B, C") may have become a list: each point must be there.
    if (fact.kind === 'table' && /,\s/.test(fact.text)) return !fact.text.split(/,\s+/).every(found);
    return true;
  });
}
