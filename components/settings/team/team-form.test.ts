import { formFromStored, releaseTeamAccess, requestTeamAccess, settingsFromForm, type PermissionsApi } from './team-form';

const stored = {
  enabled: true,
  serverUrl: 'https://couch.example.com',
  database: 'acme-program',
  memberName: 'Ana',
  username: 'ana',
  password: 's3cret',
  shareCaptures: false,
};

function permissions(granted: boolean): PermissionsApi & { asked: unknown[]; removed: unknown[] } {
  const asked: unknown[] = [];
  const removed: unknown[] = [];
  return {
    asked,
    removed,
    request: async (request) => {
      asked.push(request);
      return granted;
    },
    remove: async (request) => {
      removed.push(request);
      return true;
    },
  };
}

describe('the Team form', () => {
  it('never shows the stored password, and keeps it when the field is left empty', () => {
    const form = formFromStored(stored);
    expect(form.password).toBe('');
    expect(form.shareCaptures).toBe(false);
    const result = settingsFromForm({ ...form, memberName: 'Ana B.' }, stored, true);
    expect(result).toEqual({ ok: true, settings: { ...stored, memberName: 'Ana B.' } });
    const changed = settingsFromForm({ ...form, password: 'new' }, stored, true);
    expect(changed.ok && changed.settings.password).toBe('new');
  });

  it('is empty (off) when nothing valid is stored', () => {
    expect(formFromStored(undefined)).toMatchObject({ serverUrl: '', shareCaptures: true });
    expect(formFromStored({ enabled: true, serverUrl: 'http://evil.example' })).toMatchObject({ serverUrl: '' });
  });

  it('asks for this server’s origin only, with alarms, and gives it back when turned off', async () => {
    const api = permissions(true);
    const result = settingsFromForm({ ...formFromStored(stored), serverUrl: 'https://couch.example.com:6984/team/' }, stored, true);
    if (!result.ok) throw new Error('valid');
    expect(await requestTeamAccess(api, result.settings)).toBe(true);
    expect(api.asked).toEqual([{ origins: ['https://couch.example.com:6984/*'], permissions: ['alarms'] }]);
    await releaseTeamAccess(api, stored);
    expect(api.removed).toEqual([{ origins: ['https://couch.example.com/*'] }]);
    expect(await requestTeamAccess(permissions(false), result.settings)).toBe(false);
  });
});
