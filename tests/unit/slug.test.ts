import { describe, expect, it } from 'vitest';
import { questionId, slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it.each([
    ['리더 선출', '리더-선출'],
    ['Kafka vs RabbitMQ', 'kafka-vs-rabbitmq'],
    ['TLS 1.2 vs. TLS 1.3', 'tls-12-vs-tls-13'],
    ['CI/CD 도입의 가치', 'ci-cd-도입의-가치'],
    ['EC2 (Elastic Compute Cloud)', 'ec2-elastic-compute-cloud'],
    ['Offset Commit (컨슈머 확인)', 'offset-commit-컨슈머-확인'],
    ['L4와 L7 비교', 'l4와-l7-비교'],
    ['  앞뒤 공백 — 그리고 기호?!  ', '앞뒤-공백-그리고-기호'],
    ['acks=all 설정', 'acksall-설정'],
    ['Q&A: 면접', 'qa-면접'],
  ])('%s → %s', (heading, id) => {
    expect(slugify(heading)).toBe(id);
  });

  it('returns NFC ids for decomposed (macOS-pasted) Hangul', () => {
    const decomposed = '리더 선출'.normalize('NFD');
    expect(decomposed).not.toBe('리더 선출');
    expect(slugify(decomposed)).toBe('리더-선출');
    expect(slugify(decomposed).normalize('NFC')).toBe(slugify(decomposed));
  });

  it('is stable: slugifying an id gives the same id', () => {
    for (const heading of ['리더 선출', 'TLS 1.2 vs. TLS 1.3', 'CI/CD 도입의 가치']) {
      expect(slugify(slugify(heading))).toBe(slugify(heading));
    }
  });

  it('prefixes question ids so they never collide with heading ids', () => {
    expect(questionId('Kafka를 사용하는 이유는?')).toBe('q-kafka를-사용하는-이유는');
  });
});
