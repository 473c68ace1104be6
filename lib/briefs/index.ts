/** The brief builder's public API (pure; the side panel's editor drives it). */
export * from './model';
export * from './guidance';
export * from './templates';
export * from './personalise';
export * from './check-rule';
export * from './check-engine';
export * from './finding-edits';
export * from './rules';
export * from './format';
export * from './channel-text';
export * from './angle-performance';
export * from './update-templates';
export * from './update-render';
export * from './what-converts-tip';
export * from './weekly-shoutout';
export * from './weekly-leaderboard';
export { foldText, foldTerm } from './text-match';
