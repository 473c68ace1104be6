import { reminderFormat, renderReminder } from './reminder';

describe('sample reminder', () => {
  it('is written for the creator’s channel', () => {
    expect(reminderFormat('whatsapp')).toBe('whatsapp');
    expect(reminderFormat('discord')).toBe('discord');
    expect(reminderFormat('email')).toBe('email');
    expect(reminderFormat('slack')).toBe('markdown');
    expect(reminderFormat('tiktok')).toBe('plain');
    expect(reminderFormat(undefined)).toBe('plain');
  });

  it('names the creator, the product and the ship day, and points at the TikTok Shop link', () => {
    const r = renderReminder({ creatorName: '@glowwithmaya', productName: 'Vitamin C Serum', shipDay: '2026-11-02', channel: 'whatsapp', senderName: 'Ana' });
    expect(r.format).toBe('whatsapp');
    expect(r.subject).toBe('Your Vitamin C Serum sample');
    expect(r.summary).toBe('Sample reminder: Vitamin C Serum');
    expect(r.text).toContain('Hi glowwithmaya,');
    expect(r.text).toContain('the *Vitamin C Serum* sample we sent on 2 Nov 2026');
    expect(r.text).toContain('TikTok Shop link');
    expect(r.text).not.toMatch(/link in bio/i);
    expect(r.text.endsWith('Thanks,\nAna')).toBe(true);
  });

  it('escapes a hostile product name in Discord and defuses mass mentions', () => {
    const r = renderReminder({ creatorName: null, productName: '**Free** @everyone', shipDay: '2026-11-02', channel: 'discord' });
    expect(r.text).toContain('Hi there,');
    expect(r.text).toContain('\\*\\*Free\\*\\* @\u200Beveryone');
  });

  it('plain text has no markup; an unnamed product still reads', () => {
    const r = renderReminder({ creatorName: 'Sam', productName: null, shipDay: '2026-11-02', channel: null });
    expect(r.text).toContain('the product sample we sent on 2 Nov 2026');
    expect(r.text).not.toContain('*');
  });
});
