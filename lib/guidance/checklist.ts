/**
 * The first-run checklist: the few steps that bring a new seller's panel to life. Each step ticks
 * itself when its data is stored (whether it came from a page or an imported file).
 */
import type { DetectableKind } from '../pages/detect';
import type { ExportFile } from './sources';

export interface StoredTotals {
  creators: number;
  content: number;
  orders: number;
  samples: number;
  collaborations: number;
  programs: number;
}

export interface ChecklistStep {
  id: string;
  label: string;
  /** Pages that complete it when visited. */
  pages: DetectableKind[];
  /** Export files that complete it when imported. */
  files: ExportFile[];
  done: (totals: StoredTotals) => boolean;
}

export const FIRST_RUN_STEPS: readonly ChecklistStep[] = [
  { id: 'creators', label: 'Capture your creators', pages: ['find-creators', 'manage-creators'], files: ['creator-data'], done: (t) => t.creators > 0 },
  { id: 'content', label: 'Capture their videos', pages: ['video-analysis'], files: ['video-data'], done: (t) => t.content > 0 },
  { id: 'orders', label: 'Capture affiliate orders', pages: ['affiliate-orders'], files: ['affiliate-orders'], done: (t) => t.orders > 0 },
  { id: 'collaborations', label: 'Capture your collaborations', pages: ['target-collaboration'], files: [], done: (t) => t.collaborations > 0 },
  { id: 'samples', label: 'Capture sample requests', pages: ['sample-requests'], files: [], done: (t) => t.samples > 0 },
  { id: 'tiers', label: 'Accept a tier or agree a posting rate', pages: [], files: [], done: (t) => t.programs > 0 },
];

export interface ChecklistProgress {
  steps: (ChecklistStep & { complete: boolean })[];
  completed: number;
  total: number;
}

export function checklistProgress(totals: StoredTotals): ChecklistProgress {
  const steps = FIRST_RUN_STEPS.map((step) => ({ ...step, complete: step.done(totals) }));
  return { steps, completed: steps.filter((s) => s.complete).length, total: steps.length };
}
