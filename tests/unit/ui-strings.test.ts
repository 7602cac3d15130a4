import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import strings from '../../src/i18n/ko.json' with { type: 'json' };

/**
 * Every UI string in ko.json must be used somewhere in src/. A key counts as used when it appears as a
 * whole string literal ('nav.home', "nav.home" or `nav.home`): components call t('key'), and tables such as
 * src/config/site-pages.ts hold keys as values (`titleKey: 'nav.home'`). An unknown key in t() is already a
 * type error (UiStringKey), so together the two keep ko.json and the code in step.
 */
const sourceDir = 'src';
const stringsFile = path.join(sourceDir, 'i18n', 'ko.json');

function sourceFiles(): string[] {
  return readdirSync(sourceDir, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(sourceDir, name))
    .filter((file) => /\.(astro|ts|mjs)$/.test(file) && file !== stringsFile)
    .sort();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function unusedKeys(keys: readonly string[], sources: readonly string[]): string[] {
  const text = sources.join('\n');
  return keys.filter((key) => !new RegExp(`(['"\`])${escapeRegExp(key)}\\1`).test(text));
}

describe('UI strings', () => {
  it('recognises a key only as a whole string literal', () => {
    const keys = ['nav.home', 'study.title', 'search.label', 'search.shortcut'];
    const sources = ["t('nav.home')", '{ titleKey: "study.title" }', 'const key = `search.label.extra`; // search.shortcut'];
    expect(unusedKeys(keys, sources)).toEqual(['search.label', 'search.shortcut']);
  });

  it('uses every key of src/i18n/ko.json somewhere in src/', () => {
    const files = sourceFiles();
    expect(files.length).toBeGreaterThan(20);
    const unused = unusedKeys(
      Object.keys(strings),
      files.map((file) => readFileSync(file, 'utf8')),
    );
    expect(unused, `ko.json의 이 키들은 src/ 어디에서도 쓰이지 않습니다. 쓰지 않으면 지우세요: ${unused.join(', ')}`).toEqual([]);
  });
});
