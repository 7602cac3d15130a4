// Runs before the npm scripts a new user types (check, build, dev, preview, test). Plain JavaScript on
// purpose: it must run on the system Node too. The project's scripts are TypeScript run by the Node 22
// that `npm install` brings (the `node` package); before that, npm finds the system Node, which cannot
// run .ts files and would fail with a bare ERR_UNKNOWN_FILE_EXTENSION (or, on a Node that can, with a
// missing module).
import { existsSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
const installed = existsSync(new URL('../node_modules/.package-lock.json', import.meta.url));
if (!installed || major < 22 || (major === 22 && minor < 18)) {
  console.error(
    [
      installed ? `Node ${process.versions.node}로는 이 프로젝트의 TypeScript 스크립트를 돌릴 수 없습니다.` : '의존성이 설치되지 않았습니다(node_modules가 없습니다).',
      '먼저 npm install을 실행하세요: 프로젝트가 쓰는 Node 22(npm 패키지 node)와 의존성을 node_modules에 설치하고,',
      '그 뒤로 npm run … 명령은 그 Node로 돌아갑니다.',
    ].join('\n'),
  );
  process.exit(1);
}
