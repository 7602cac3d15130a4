// Writes tests/fixtures/source-facts.json from the owner's original notes: every link, bold term, code,
// table cell, number and diagram label of each .txt file, with its line, and each file's sha256.
// The notes are not part of the repository, so their folder is a required argument:
//   npm run source-facts -- /path/to/source-notes          write the manifest
//   npm run source-facts -- /path/to/source-notes --check  fail if the committed manifest differs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildManifest, manifestPath, serializeManifest } from './lib/source-facts-manifest.ts';

const args = process.argv.slice(2);
const check = args.includes('--check');
const folder = args.find((arg) => !arg.startsWith('--'));
if (!folder) {
  console.error('원본 노트 폴더를 지정하세요: npm run source-facts -- <원본 노트 폴더> [--check]');
  process.exit(2);
}

const names = readdirSync(folder).filter((name) => name.endsWith('.txt'));
if (names.length === 0) {
  console.error(`${folder}: .txt 원본 노트가 없습니다. 원본 노트 폴더를 지정했는지 확인하세요.`);
  process.exit(2);
}
const manifest = buildManifest(names.map((name) => ({ name, text: readFileSync(path.join(folder, name), 'utf8') })));
const text = serializeManifest(manifest);

if (check) {
  let committed = '';
  try {
    committed = readFileSync(manifestPath, 'utf8');
  } catch {}
  if (committed !== text) {
    console.error(`${manifestPath}가 원본 노트와 다릅니다. 고치는 법: npm run source-facts -- ${folder}`);
    process.exit(1);
  }
  console.log(`${manifestPath}: 원본 노트 ${manifest.sources.length}개, 사실 ${manifest.facts.length}개와 일치합니다.`);
} else {
  writeFileSync(manifestPath, text);
  console.log(`${manifestPath}: 원본 노트 ${manifest.sources.length}개에서 사실 ${manifest.facts.length}개를 적었습니다.`);
}
