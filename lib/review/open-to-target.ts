/** Open → target suggestions (issue 13): declared here so "This week" can rank them. */
export interface TargetSuggestion {
  creatorKey: string;
  reason: string;
  dismissed: boolean;
}
