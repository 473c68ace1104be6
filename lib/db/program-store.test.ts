import { acceptCreatorTier, dismissTierSuggestion, getProgram, updateProgramFields } from './program-store';
import { freshDbPerTest } from './test-helpers';

const db = freshDbPerTest();

const fields = {
  agreedPostsPerWeek: 3,
  contact: { channel: 'whatsapp' as const, handle: ' +44 7700 900123 ' },
  compliance: { flagged: false, note: '' },
  notes: 'Prefers skincare briefs.',
};

describe('program store', () => {
  it('has no record until the seller acts', async () => {
    expect(await getProgram(db(), 'id:1')).toBeNull();
  });

  it('accepting a tier appends to the history and sets the accepted tier', async () => {
    await acceptCreatorTier(db(), 'id:1', 'tier1', 1000);
    const program = await acceptCreatorTier(db(), 'id:1', 'tier2', 2000);
    expect(program.acceptedTier).toBe('tier2');
    expect(program.tierHistory).toEqual([
      { tier: 'tier1', at: 1000, by: 'seller' },
      { tier: 'tier2', at: 2000, by: 'seller' },
    ]);
    expect(await getProgram(db(), 'id:1')).toEqual(program);
  });

  it('dismissing a suggestion records it and leaves the accepted tier alone', async () => {
    await acceptCreatorTier(db(), 'id:1', 'tier1', 1000);
    const program = await dismissTierSuggestion(db(), 'id:1', { kind: 'promote', fromTier: 'tier1', toTier: 'tier2' }, 3000);
    expect(program.acceptedTier).toBe('tier1');
    expect(program.tierHistory).toHaveLength(1);
    expect(program.dismissedSuggestions).toEqual([{ kind: 'promote', fromTier: 'tier1', toTier: 'tier2', at: 3000 }]);
  });

  it('concurrent writes do not lose one another', async () => {
    await Promise.all([
      acceptCreatorTier(db(), 'id:1', 'tier1', 1000),
      dismissTierSuggestion(db(), 'id:1', { kind: 'initial', fromTier: null, toTier: 'tier2' }, 1001),
      updateProgramFields(db(), 'id:1', fields, 1002),
    ]);
    const program = await getProgram(db(), 'id:1');
    expect(program?.acceptedTier).toBe('tier1');
    expect(program?.dismissedSuggestions).toHaveLength(1);
    expect(program?.agreedPostsPerWeek).toBe(3);
  });

  it('stores edited fields, trimmed, keeping the tier history', async () => {
    await acceptCreatorTier(db(), 'id:1', 'tier1', 1000);
    const result = await updateProgramFields(db(), 'id:1', fields, 2000);
    expect(result.ok).toBe(true);
    const program = await getProgram(db(), 'id:1');
    expect(program).toMatchObject({
      agreedPostsPerWeek: 3,
      contact: { channel: 'whatsapp', handle: '+44 7700 900123' },
      compliance: { flagged: false },
      notes: 'Prefers skincare briefs.',
      acceptedTier: 'tier1',
      updatedAt: 2000,
    });
    expect(program?.tierHistory).toHaveLength(1);
  });

  it('records when the compliance flag is raised, not when only its note changes', async () => {
    await updateProgramFields(db(), 'id:1', { ...fields, compliance: { flagged: true, note: 'Claimed it cures acne' } }, 5000);
    await updateProgramFields(db(), 'id:1', { ...fields, compliance: { flagged: true, note: 'Claimed it cures acne (video 2)' } }, 6000);
    expect((await getProgram(db(), 'id:1'))?.compliance).toEqual({ flagged: true, note: 'Claimed it cures acne (video 2)', at: 5000 });
    await updateProgramFields(db(), 'id:1', { ...fields, contact: null, notes: '  ' }, 7000);
    const cleared = await getProgram(db(), 'id:1');
    expect(cleared?.compliance).toEqual({ flagged: false, at: 7000 });
    expect(cleared?.contact).toBeUndefined();
    expect(cleared?.notes).toBeUndefined();
  });

  it('rejects invalid fields per field and stores nothing', async () => {
    const result = await updateProgramFields(db(), 'id:1', {
      ...fields,
      agreedPostsPerWeek: -1,
      contact: { channel: 'email', handle: '   ' },
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        agreedPostsPerWeek: 'Posts per week cannot be negative.',
        contactHandle: 'Enter the handle, address or number for this channel.',
      },
    });
    expect(await getProgram(db(), 'id:1')).toBeNull();
    const tooMany = await updateProgramFields(db(), 'id:1', { ...fields, agreedPostsPerWeek: Number.NaN });
    expect(tooMany.ok).toBe(false);
  });
});
