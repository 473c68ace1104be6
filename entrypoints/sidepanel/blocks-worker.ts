/**
 * The worker that reads the rollup blocks of the Overview's stored data as the panel opens
 * (lib/analysis-store/blocks-read.ts): one request, one answer, then it closes.
 */
import { buffersOf, readUnpackedBlocks, type BlocksAnswer, type BlocksRequest } from '../../lib/analysis-store/blocks-read';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BlocksRequest>) => void) | null;
  postMessage(message: BlocksAnswer | Record<string, never>, transfer: Transferable[]): void;
  close(): void;
};

scope.onmessage = (event) => {
  void readUnpackedBlocks(indexedDB, event.data)
    .then((answer) => scope.postMessage(answer, buffersOf(answer)))
    // No answer: the panel reads the blocks itself.
    .catch(() => scope.postMessage({}, []))
    .finally(() => scope.close());
};
