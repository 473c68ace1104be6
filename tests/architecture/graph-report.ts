// `npx jiti tests/architecture/graph-report.ts`: prints the import graph's size and its cycles.
import { cycles, edgeCount, folderGraph, readImportGraph } from './import-graph';

const graph = readImportGraph();
const folders = folderGraph(graph);
const fileCycles = cycles(graph.edges);
const folderCycles = cycles(folders);
console.log(`files ${graph.files.length}, imports ${edgeCount(graph.edges)}, folders ${folders.size}, folder edges ${edgeCount(folders)}`);
console.log(`file cycles ${fileCycles.length}:`);
for (const cycle of fileCycles) console.log('  ' + cycle.join(' ↔ '));
console.log(`folder cycles ${folderCycles.length}:`);
for (const cycle of folderCycles) console.log('  ' + cycle.join(' ↔ '));
for (const [folder, targets] of [...folders].sort()) console.log(`${folder} → ${[...targets].sort().join(', ')}`);
