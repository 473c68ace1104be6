/**
 * A brief out of the panel: plain text, Markdown, a downloadable file, and text formatted for the
 * channels sellers brief creators on (email, WhatsApp, Discord). Every format is built from the
 * same sections so they never drift apart.
 */
import {
  DISCORD_MESSAGE_LIMIT,
  bold,
  escapeMarkdown,
  italic,
  literal,
  slugify,
  splitMessage,
  type Channel,
} from './channel-text';
import { BRIEF_CLOSING_LINE, PART_GUIDANCE, PROOF_KIND_LABELS, hookAngleLabel } from './guidance';
import { filledDonts, filledTruths, type Brief, type BriefPart } from './model';
import { bestAngleNote, personalisationLine } from './personalise';

export interface BriefSection {
  part: BriefPart;
  number: number;
  heading: string;
  /** Shown after the heading: the angle or proof kind. */
  detail: string | null;
  /** Paragraph text for single-text parts ('' when not filled in). */
  text: string | null;
  /** Items for list parts. */
  items: string[] | null;
}

export const NOT_SET = '(not set)';

/** The five parts as presentable sections, in order. */
export function briefSections(brief: Brief): BriefSection[] {
  return [
    {
      part: 'hook',
      number: 1,
      heading: PART_GUIDANCE.hook.label,
      detail: brief.hookAngle ? hookAngleLabel(brief.hookAngle, brief.customAngleName) : null,
      text: brief.hookText.trim(),
      items: null,
    },
    { part: 'productTruths', number: 2, heading: PART_GUIDANCE.productTruths.label, detail: null, text: null, items: filledTruths(brief) },
    {
      part: 'proof',
      number: 3,
      heading: PART_GUIDANCE.proof.label,
      detail: brief.proofElement.kind ? PROOF_KIND_LABELS[brief.proofElement.kind] : null,
      text: brief.proofElement.text.trim(),
      items: null,
    },
    { part: 'callToAction', number: 4, heading: PART_GUIDANCE.callToAction.label, detail: null, text: brief.callToAction.trim(), items: null },
    { part: 'whatNotToSay', number: 5, heading: PART_GUIDANCE.whatNotToSay.label, detail: null, text: null, items: filledDonts(brief) },
  ];
}

export function briefTitle(brief: Brief): string {
  return brief.title.trim() || (brief.productName.trim() ? `Creator brief: ${brief.productName.trim()}` : 'Creator brief');
}

/** Section body lines in a channel's syntax. */
function sectionBody(section: BriefSection, channel: Channel): string[] {
  const text = (s: string) => literal(channel, s);
  if (section.items !== null) {
    if (section.items.length === 0) return [NOT_SET];
    const bullet = channel === 'whatsapp' ? '•' : '-';
    return section.items.map((item) => `${bullet} ${text(item)}`);
  }
  return [section.text ? text(section.text) : NOT_SET];
}

function sectionHeading(section: BriefSection, channel: Channel): string {
  const detail = section.detail ? `: ${literal(channel, section.detail)}` : '';
  switch (channel) {
    case 'markdown':
      return `## ${section.number}. ${section.heading}${detail}`;
    case 'whatsapp':
    case 'discord':
      return bold(channel, `${section.number}. ${section.heading}${detail}`);
    default:
      return `${section.number}. ${section.heading.toUpperCase()}${detail}`;
  }
}

/** The lines under the title: product, who it is for, the best-angle note. */
function headerLines(brief: Brief, channel: Channel): string[] {
  const lines: string[] = [];
  const label = (name: string) => (channel === 'markdown' || channel === 'discord' ? bold(channel, `${name}:`) : `${name}:`);
  if (brief.productName.trim()) lines.push(`${label('Product')} ${literal(channel, brief.productName.trim())}`);
  const who = personalisationLine(brief);
  if (who) lines.push(`${label('For')} ${literal(channel, who)}`);
  return lines;
}

function render(brief: Brief, channel: Channel): string {
  const title = literal(channel, briefTitle(brief));
  const blocks: string[] = [];
  const header = headerLines(brief, channel);
  if (channel === 'markdown') {
    blocks.push(`# ${title}`);
    blocks.push(...header);
  } else {
    blocks.push([channel === 'plain' || channel === 'email' ? title : bold(channel, title), ...header].join('\n'));
  }
  const note = bestAngleNote(brief);
  if (note) blocks.push(channel === 'markdown' ? `> ${escapeMarkdown(note)}` : literal(channel, note));
  for (const section of briefSections(brief)) {
    const heading = sectionHeading(section, channel);
    const body = sectionBody(section, channel);
    blocks.push(channel === 'markdown' ? `${heading}\n\n${body.join('\n')}` : [heading, ...body].join('\n'));
  }
  blocks.push(italic(channel, BRIEF_CLOSING_LINE));
  return `${blocks.join('\n\n')}\n`;
}

export function briefToPlainText(brief: Brief): string {
  return render(brief, 'plain');
}

export function briefToMarkdown(brief: Brief): string {
  return render(brief, 'markdown');
}

export function briefToWhatsApp(brief: Brief): string {
  return render(brief, 'whatsapp').trimEnd();
}

/** Discord messages, each within Discord's 2,000-character limit, split between sections. */
export function briefToDiscord(brief: Brief, limit = DISCORD_MESSAGE_LIMIT): string[] {
  return splitMessage(render(brief, 'discord').trimEnd(), limit);
}

export interface EmailMessage {
  subject: string;
  body: string;
}

export function briefToEmail(brief: Brief, options: { senderName?: string } = {}): EmailMessage {
  const title = briefTitle(brief);
  const product = brief.productName.trim();
  const subject =
    product && !title.toLowerCase().includes(product.toLowerCase()) ? `Creator brief: ${title} (${product})` : `Creator brief: ${title}`;
  const name = brief.personalisation?.creatorName;
  const intro = product ? `Here is the brief for ${product}.` : 'Here is the brief.';
  const signOff = options.senderName?.trim() ? `Thanks!\n${options.senderName.trim()}` : 'Thanks!';
  const body = [`Hi${name ? ` ${name}` : ''},`, intro, render(brief, 'email').trimEnd(), signOff].join('\n\n');
  return { subject, body: `${body}\n` };
}

/** A `mailto:` link that opens the email in the seller's mail app. */
export function mailtoUrl(message: EmailMessage, to = ''): string {
  const encode = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(to)}?subject=${encode(message.subject)}&body=${encode(message.body)}`;
}

export interface ChannelText {
  channel: Channel;
  /** Email only. */
  subject: string | null;
  /** One entry per message to paste (Discord may need several). */
  messages: string[];
}

/** One call for the "copy for…" menu. */
export function formatBriefFor(brief: Brief, channel: Channel, options: { senderName?: string } = {}): ChannelText {
  switch (channel) {
    case 'plain':
      return { channel, subject: null, messages: [briefToPlainText(brief)] };
    case 'markdown':
      return { channel, subject: null, messages: [briefToMarkdown(brief)] };
    case 'email': {
      const email = briefToEmail(brief, options);
      return { channel, subject: email.subject, messages: [email.body] };
    }
    case 'whatsapp':
      return { channel, subject: null, messages: [briefToWhatsApp(brief)] };
    case 'discord':
      return { channel, subject: null, messages: briefToDiscord(brief) };
  }
}

export type DownloadFormat = 'md' | 'txt';

/** `brief-glow-serum-launch.md`, with the creator's handle when personalised. */
export function briefFileName(brief: Brief, format: DownloadFormat): string {
  const handle = brief.personalisation?.handle ?? brief.personalisation?.creatorName;
  const base = [brief.title.trim() || brief.productName.trim(), handle ? `for ${handle}` : '']
    .filter(Boolean)
    .join(' ');
  let slug = slugify(base, 80) || 'creator';
  if (!slug.startsWith('brief')) slug = `brief-${slug}`;
  return `${slug}.${format}`;
}

export interface BriefDownload {
  fileName: string;
  mimeType: string;
  content: string;
}

/** What the download button needs: name, type and content (the caller makes the Blob). */
export function briefDownload(brief: Brief, format: DownloadFormat): BriefDownload {
  return format === 'md'
    ? { fileName: briefFileName(brief, 'md'), mimeType: 'text/markdown;charset=utf-8', content: briefToMarkdown(brief) }
    : { fileName: briefFileName(brief, 'txt'), mimeType: 'text/plain;charset=utf-8', content: briefToPlainText(brief) };
}
