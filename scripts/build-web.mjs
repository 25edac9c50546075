// Builds the analyst page (web/ → web/dist) with Vite. Run by `npm run build:web` and by the
// `prepare` hook, so `npm ci` leaves a servable page. A production install without dev
// dependencies has no Vite: it keeps an existing web/dist and says so instead of failing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));

if (!existsSync(vite)) {
  const built = existsSync(new URL('../web/dist/index.html', import.meta.url));
  console.warn(
    built
      ? 'build-web: Vite is not installed (production install); keeping the existing web/dist.'
      : 'build-web: Vite is not installed, so the web page is not built; `sift serve` will say so at /. Install dev dependencies and run `npm run build:web`.',
  );
  process.exit(0);
}
const result = spawnSync(process.execPath, [vite, 'build', 'web'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
