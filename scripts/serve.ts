// Serves the production build in dist/ on http://127.0.0.1:4321 (PORT and HOST override).
import { existsSync } from 'node:fs';
import { basePath } from '../src/config/site.ts';
import { startStaticServer } from './lib/static-server.ts';

if (!existsSync('dist/index.html')) {
  console.error('dist/가 없습니다. 먼저 `npm run build`를 실행하세요.');
  process.exit(1);
}
const { url } = await startStaticServer({
  root: 'dist',
  base: basePath,
  port: Number(process.env.PORT ?? 4321),
  host: process.env.HOST ?? '127.0.0.1',
});
console.log(`인프라 노트: ${url} (끝내려면 Ctrl+C)`);
