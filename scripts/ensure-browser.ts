// Makes sure a Chromium exists for the build-time diagram renderer, the Open Graph cards and the browser
// tests; runs before every build (`prebuild`, so also inside `npm start` and `npm test`).
// On Debian/Ubuntu, when they are missing, it installs the distribution's `chromium` and `fonts-noto-cjk`
// with apt-get (as root, or through passwordless sudo) and says so; neither package starts a service.
// Elsewhere it accepts $CHROMIUM_PATH or a browser Playwright downloaded itself.
// It installs nothing else: nginx, for the test of deploy/nginx.conf, is installed by .ci/run only.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumExecutable, playwrightChromiumPath } from '../src/lib/browser.ts';

const debianPackages = ['chromium', 'fonts-noto-cjk'];

function run(command: string[]): void {
  console.log(`$ ${command.join(' ')}`);
  const result = spawnSync(command[0]!, command.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new Error(`"${command.join(' ')}" 실패 (종료 코드 ${result.status})`);
}

const onDebian = existsSync('/usr/bin/apt-get') && existsSync('/usr/bin/dpkg');
const missing = onDebian ? debianPackages.filter((name) => spawnSync('dpkg', ['-s', name], { stdio: 'ignore' }).status !== 0) : [];

if (missing.length > 0) {
  const isRoot = process.getuid?.() === 0;
  const canSudo = !isRoot && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;
  if (isRoot || canSudo) {
    console.log(`다이어그램과 카드를 그릴 브라우저와 한글 글꼴이 없어 Debian 패키지를 설치합니다: ${missing.join(', ')}`);
    const aptGet = isRoot ? ['apt-get'] : ['sudo', 'apt-get'];
    run([...aptGet, 'update']);
    run([...aptGet, 'install', '-y', '--no-install-recommends', ...missing]);
  } else {
    console.log(`Debian 패키지 ${missing.join(', ')}가 없지만 root 권한이 없어 설치하지 않습니다: sudo apt-get install -y ${missing.join(' ')}`);
  }
}

const playwrightChromium = playwrightChromiumPath();
if (chromiumExecutable() || (playwrightChromium && existsSync(playwrightChromium))) process.exit(0);

console.error(
  [
    'Chromium을 찾지 못했습니다. 다이어그램을 그리고 테스트를 돌리는 데 필요합니다. 다음 중 하나를 하세요:',
    '  • Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk',
    '  • 다른 환경: CHROMIUM_PATH=/경로/chromium 으로 실행 파일 지정',
    '  • Playwright의 브라우저: npx playwright install chromium',
  ].join('\n'),
);
process.exit(1);
