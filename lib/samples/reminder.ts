/**
 * The one-click reminder for an overdue sample, in the creator's channel format (playbook §9: email,
 * WhatsApp, Discord, Slack…): friendly, names the product and when it shipped, and points at the
 * TikTok Shop link (not "link in bio", playbook §5).
 */
import type { Channel } from '../briefs/channel-text';
import { fillTemplate } from '../briefs/update-render';
import { formatDayLong } from '../format/day';
import type { ContactChannel } from '../model/program';

export const REMINDER_TEMPLATE = {
  subject: 'Your {productName} sample',
  body:
    '{greeting}\n\n' +
    'Just checking in on the **{productName}** sample we sent on {shipDate}. How are you getting on with it?\n\n' +
    "We'd love to see your video: show it in action and tell viewers they can grab it directly from your TikTok Shop link.\n\n" +
    'If anything is holding you up, just reply here.\n\n' +
    '{signOff}',
};

/** The text format for a creator's preferred channel: Slack reads Markdown; others without syntax get plain text. */
export function reminderFormat(channel: ContactChannel | null | undefined): Channel {
  switch (channel) {
    case 'email':
    case 'whatsapp':
    case 'discord':
      return channel;
    case 'slack':
      return 'markdown';
    default:
      return 'plain';
  }
}

export interface ReminderInput {
  creatorName: string | null;
  productName: string | null;
  /** `YYYY-MM-DD`. */
  shipDay: string;
  channel: ContactChannel | null | undefined;
  senderName?: string | null;
}

export interface Reminder {
  format: Channel;
  subject: string;
  text: string;
  /** One line for the outreach log. */
  summary: string;
}

export function renderReminder(input: ReminderInput): Reminder {
  const format = reminderFormat(input.channel);
  const name = input.creatorName?.trim().replace(/^@+/, '') || null;
  const product = input.productName?.trim() || 'product';
  const values = {
    greeting: name ? `Hi ${name},` : 'Hi there,',
    productName: product,
    shipDate: formatDayLong(input.shipDay),
    signOff: input.senderName?.trim() ? `Thanks,\n${input.senderName.trim()}` : 'Thanks!',
  };
  return {
    format,
    subject: fillTemplate(REMINDER_TEMPLATE.subject, values, 'plain').text,
    text: fillTemplate(REMINDER_TEMPLATE.body, values, format).text,
    summary: `Sample reminder: ${product}`.slice(0, 300),
  };
}
