// `npm run bench` (after the build): loads the TypeScript bench runner through jiti and runs it.
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
const { main } = await jiti.import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
