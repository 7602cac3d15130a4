import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/lib/glossary.ts';
import { rehypeGlossaryTerms } from '../../src/lib/markdown/rehype-glossary-terms.ts';
import { runPipeline } from './helpers/markdown.ts';

const entries: GlossaryEntry[] = [
  { id: 'isr', term: '동기화 복제본 집합', english: 'In-Sync Replica', abbreviation: 'ISR', definition: '리더와 완전히 동기화된 복제본 집합.', link: '/messaging/kafka-reliability/#replication-복제' },
  { id: 'dlt', term: '데드 레터 토픽', english: 'Dead Letter Topic', abbreviation: 'DLT', definition: '재시도 실패한 메시지를 보관하는 토픽.', link: '/messaging/kafka-reliability/#dlt' },
  { id: 'saga', term: '사가 패턴', english: 'Saga Pattern', aliases: ['Saga', '사가'], definition: '분산 트랜잭션을 관리하는 방법.', link: '/architecture/msa/#데이터베이스-분할의-단점' },
];

async function tipsOf(source: string, path = 'content/messaging/kafka.mdx') {
  const { tree } = await runPipeline(source, { rehype: [[rehypeGlossaryTerms, { entries }]] }, path);
  const terms: Element[] = [];
  visit(tree as Root, 'element', (node: Element) => {
    if ((node.properties.className as string[] | undefined)?.includes('glossary-term')) terms.push(node);
  });
  return { terms, html: toHtml(tree as Root) };
}

describe('glossary tips', () => {
  it('marks the first use of each term with a tip that describes it, in reading order', async () => {
    const { terms, html } = await tipsOf('실패하면 DLT로 보내고, ISR이 줄면 경고한다. 다시 ISR과 DLT를 본다.\n');
    expect(terms).toHaveLength(2);
    expect(html).toMatch(/^<p>실패하면 <span class="glossary-term"><span class="glossary-term-word" tabindex="0" aria-describedby="glossary-tip-dlt">DLT<\/span>/);
    expect(html).toContain(
      '<span class="glossary-tip" id="glossary-tip-isr" role="tooltip" data-pagefind-ignore=""><strong>동기화 복제본 집합 · In-Sync Replica · ISR</strong> 리더와 완전히 동기화된 복제본 집합.</span>',
    );
    // Only the first use: the later "ISR과 DLT" stay plain text.
    expect(html).toContain('다시 ISR과 DLT를 본다.');
  });

  it('finds the Korean and English names too, but not inside a longer Latin word', async () => {
    expect((await tipsOf('MISR과 ISRs는 다르다.\n')).terms).toHaveLength(0);
    expect((await tipsOf('데드 레터 토픽을 쓴다.\n')).terms).toHaveLength(1);
    expect((await tipsOf('A Dead Letter Topic holds them.\n')).terms).toHaveLength(1);
  });

  it('leaves headings, links, code and question titles alone, and skips the page that explains the term', async () => {
    const source = '## ISR 개요\n\n[ISR](/x/)와 `ISR`\n\n```\nISR\n```\n';
    expect((await tipsOf(source)).terms).toHaveLength(0);
    expect((await tipsOf('ISR을 설명한다.\n', 'content/messaging/kafka-reliability.mdx')).terms).toHaveLength(0);
  });

  it('finds a term by its other spellings (the loanword dictionary), but not inside a Korean word', async () => {
    expect((await tipsOf('Saga를 쓴다.\n')).terms).toHaveLength(1);
    expect((await tipsOf('사가를 쓴다.\n')).terms).toHaveLength(1);
    // `사가` in `회사가` is not the term.
    expect((await tipsOf('회사가 쓴다.\n')).terms).toHaveLength(0);
  });
});
