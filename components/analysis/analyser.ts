/**
 * The program analyser lives in lib (lib/analytics/program-analyser.ts) so the background can prepare
 * the saved analysis with the same code; the views keep importing it from here.
 */
export {
  ProgramAnalyser,
  guessCurrency,
  type AnalysisInput,
  type ProgramAnalysisView,
} from '../../lib/analytics/program-analyser';
