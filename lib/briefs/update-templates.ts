/**
 * Creator updates (playbook §9): the lifecycle messages — new product, commission increase, campaign,
 * incentive, tips on what converts — as built-in templates, and their placeholders.
 *
 * Template syntax: `{placeholder}` is filled from data; `**text**` is bold in the channel's own
 * syntax; `[[ … ]]` is an optional segment, dropped when a placeholder inside it has no value.
 */
import { z } from 'zod';

export const UPDATE_KINDS = ['new-product', 'commission-increase', 'campaign', 'incentive', 'tip'] as const;
export type UpdateKind = (typeof UPDATE_KINDS)[number];

export interface UpdateTemplate {
  id: string;
  kind: UpdateKind;
  name: string;
  subject: string;
  body: string;
}

export const updateTemplateSchema: z.ZodType<UpdateTemplate> = z.object({
  id: z.string().min(1),
  kind: z.enum(UPDATE_KINDS),
  name: z.string(),
  subject: z.string(),
  body: z.string(),
});

export const UPDATE_PLACEHOLDERS = [
  'greeting',
  'creatorName',
  'productName',
  'oldRate',
  'newRate',
  'campaignName',
  'dates',
  'incentive',
  'tip',
  'signOff',
] as const;
export type UpdatePlaceholder = (typeof UPDATE_PLACEHOLDERS)[number];

export const UPDATE_TEMPLATES: readonly UpdateTemplate[] = [
  {
    id: 'new-product',
    kind: 'new-product',
    name: 'New product',
    subject: 'New for you to promote: {productName}',
    body:
      '{greeting}\n\n' +
      '**{productName}** just landed in our TikTok Shop and it is open for you to promote[[ at {newRate} commission]].\n\n' +
      'Request a free sample in Affiliate Center and we will ship it quickly. The first videos on a new product get the most reach.\n\n' +
      '{signOff}',
  },
  {
    id: 'commission-increase',
    kind: 'commission-increase',
    name: 'Commission increase',
    subject: 'Your commission on {productName} is going up',
    body:
      '{greeting}\n\n' +
      'Good news: your commission on **{productName}** is going up from {oldRate} to **{newRate}**[[ for {dates}]].\n\n' +
      'Every sale you drive earns the higher rate, so now is a great time to post.\n\n' +
      '{signOff}',
  },
  {
    id: 'campaign',
    kind: 'campaign',
    name: 'Campaign',
    subject: '{campaignName}: {dates}',
    body:
      '{greeting}\n\n' +
      '**{campaignName}** runs {dates}[[ on {productName}]][[, with {newRate} commission]].\n\n' +
      'Shoppers are out in force during campaigns: get your videos up early and point viewers at the TikTok Shop link.\n\n' +
      '{signOff}',
  },
  {
    id: 'incentive',
    kind: 'incentive',
    name: 'New incentive',
    subject: 'New for our creators: {incentive}',
    body:
      '{greeting}\n\n' +
      'New for our creators: **{incentive}**[[ ({dates})]].\n\n' +
      'Reply here if you have any questions.\n\n' +
      '{signOff}',
  },
  {
    id: 'tip',
    kind: 'tip',
    name: 'Tip: what converts',
    subject: 'What is converting right now',
    body:
      '{greeting}\n\n' +
      'A quick tip on what is converting right now:\n\n' +
      '**{tip}**\n\n' +
      'Try it in your next video[[ for {productName}]] and tell us how it goes.\n\n' +
      '{signOff}',
  },
];

/** The built-in template for a kind. */
export function updateTemplateFor(kind: UpdateKind): UpdateTemplate {
  const found = UPDATE_TEMPLATES.find((t) => t.kind === kind);
  if (!found) throw new Error(`No update template for ${kind}`);
  return found;
}
