// `npm start`: build the extension, then show it working on the bundled demo pages.
import { spawnSync } from 'node:child_process';
import { createJiti } from 'jiti';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const jiti = createJiti(import.meta.url);
const { runDemo } = await jiti.import('./demo.ts');
try {
  await runDemo();
} catch (error) {
  console.error(`Demo failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
