import { emptyCreatorProgram } from '../../../lib/model/program';
import { fieldsFromForm, formFromProgram } from './program-form';

const blank = formFromProgram(null);

describe('program form', () => {
  it('starts empty for a creator with no program', () => {
    expect(blank).toEqual({
      agreedPostsPerWeek: '',
      contactChannel: '',
      contactHandle: '',
      complianceFlagged: false,
      complianceNote: '',
      notes: '',
    });
    expect(fieldsFromForm(blank)).toEqual({
      ok: true,
      fields: { agreedPostsPerWeek: null, contact: null, compliance: { flagged: false, note: '' }, notes: '' },
    });
  });

  it('round-trips a stored program', () => {
    const program = {
      ...emptyCreatorProgram('id:1', 0),
      agreedPostsPerWeek: 2.5,
      contact: { channel: 'discord' as const, handle: 'mia#1234' },
      compliance: { flagged: true, note: 'Claim about acne' },
      notes: 'Loves the serum',
    };
    const form = formFromProgram(program);
    expect(form.agreedPostsPerWeek).toBe('2.5');
    expect(fieldsFromForm(form)).toEqual({
      ok: true,
      fields: {
        agreedPostsPerWeek: 2.5,
        contact: { channel: 'discord', handle: 'mia#1234' },
        compliance: { flagged: true, note: 'Claim about acne' },
        notes: 'Loves the serum',
      },
    });
  });

  it('accepts a decimal comma', () => {
    const result = fieldsFromForm({ ...blank, agreedPostsPerWeek: '1,5' });
    expect(result.ok && result.fields.agreedPostsPerWeek).toBe(1.5);
  });

  it('says what to fix, per field', () => {
    expect(fieldsFromForm({ ...blank, agreedPostsPerWeek: 'three' })).toEqual({
      ok: false,
      errors: { agreedPostsPerWeek: 'Enter a number of posts per week, like 3 or 2.5.' },
    });
    expect(fieldsFromForm({ ...blank, agreedPostsPerWeek: '-2' })).toEqual({
      ok: false,
      errors: { agreedPostsPerWeek: 'Posts per week cannot be negative.' },
    });
    expect(fieldsFromForm({ ...blank, agreedPostsPerWeek: '500' }).ok).toBe(false);
    expect(fieldsFromForm({ ...blank, contactHandle: 'mia@example.com' })).toEqual({
      ok: false,
      errors: { contactChannel: 'Choose the channel this handle is for.' },
    });
    expect(fieldsFromForm({ ...blank, contactChannel: 'email', contactHandle: ' ' })).toEqual({
      ok: false,
      errors: { contactHandle: 'Enter the handle, address or number for this channel.' },
    });
  });
});
