/**
 * Text helpers shared by brief output and creator updates: the channels sellers paste into, their
 * emphasis syntax, escaping of seller text, Discord's message limit and download file names.
 */

/** Where text goes: the clipboard/file formats plus the channels playbook §9 names. */
export const CHANNELS = ['plain', 'markdown', 'email', 'whatsapp', 'discord'] as const;
export type Channel = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<Channel, string> = {
  plain: 'Plain text',
  markdown: 'Markdown',
  email: 'Email',
  whatsapp: 'WhatsApp',
  discord: 'Discord',
};

/** Discord rejects messages longer than this. */
export const DISCORD_MESSAGE_LIMIT = 2000;

/** Bold in the channel's own syntax (email and plain text have none). */
export function bold(channel: Channel, text: string): string {
  switch (channel) {
    case 'whatsapp':
      return `*${text}*`;
    case 'markdown':
    case 'discord':
      return `**${text}**`;
    default:
      return text;
  }
}

export function italic(channel: Channel, text: string): string {
  switch (channel) {
    case 'whatsapp':
      return `_${text}_`;
    case 'markdown':
    case 'discord':
      return `*${text}*`;
    default:
      return text;
  }
}

/** Seller text made literal in Markdown: inline syntax escaped, and list/heading markers at line starts. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/^(\s*)(#|[-+](?=\s)|\d+(?=[.)]\s))/gm, '$1\\$2');
}

/** Markdown escaping plus Discord mass mentions defused (a zero-width space after the `@`). */
export function escapeDiscord(text: string): string {
  return escapeMarkdown(text).replace(/@(everyone|here)\b/g, '@\u200B$1');
}

/** Seller text for a channel: escaped where the channel has syntax to escape. */
export function literal(channel: Channel, text: string): string {
  if (channel === 'markdown') return escapeMarkdown(text);
  if (channel === 'discord') return escapeDiscord(text);
  return text;
}

/**
 * Splits text into messages of at most `limit` characters: between paragraphs when possible,
 * else between lines, else at the last space (a hard cut only for a single unbroken run).
 */
export function splitMessage(text: string, limit = DISCORD_MESSAGE_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const pieces = splitToFit(text, limit);
  const messages: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const joined = current ? `${current}${piece.sep}${piece.text}` : piece.text;
    if (joined.length <= limit) current = joined;
    else {
      if (current) messages.push(current);
      current = piece.text;
    }
  }
  if (current) messages.push(current);
  return messages;
}

interface Piece {
  text: string;
  /** What joined it to the previous piece in the source. */
  sep: string;
}

function splitToFit(text: string, limit: number): Piece[] {
  const out: Piece[] = [];
  for (const [pi, paragraph] of text.split('\n\n').entries()) {
    const paraSep = pi === 0 ? '' : '\n\n';
    if (paragraph.length <= limit) {
      out.push({ text: paragraph, sep: paraSep });
      continue;
    }
    for (const [li, line] of paragraph.split('\n').entries()) {
      const lineSep = li === 0 ? paraSep : '\n';
      if (line.length <= limit) {
        out.push({ text: line, sep: lineSep });
        continue;
      }
      let rest = line;
      let sep = lineSep;
      while (rest.length > limit) {
        const space = rest.lastIndexOf(' ', limit);
        const cut = space > 0 ? space : limit;
        out.push({ text: rest.slice(0, cut), sep });
        rest = rest.slice(space > 0 ? cut + 1 : cut);
        sep = ' ';
      }
      if (rest) out.push({ text: rest, sep });
    }
  }
  return out;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/** Lower-case ASCII words joined by hyphens, at most `max` characters, for file names. */
export function slugify(text: string, max = 60): string {
  let slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > max) {
    slug = slug.slice(0, max);
    const lastHyphen = slug.lastIndexOf('-');
    if (lastHyphen > max / 2) slug = slug.slice(0, lastHyphen);
    slug = slug.replace(/-+$/, '');
  }
  return WINDOWS_RESERVED.test(slug) ? `${slug}-file` : slug;
}
