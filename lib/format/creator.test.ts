import { creatorHandleText } from './creator';

describe('creatorHandleText', () => {
  it('prefers the handle as displayed, with one @', () => {
    expect(creatorHandleText({ handleDisplay: 'GlowWithMia', handle: 'glowwithmia' })).toBe('@GlowWithMia');
    expect(creatorHandleText({ handle: '@@mia' })).toBe('@mia');
  });
  it('falls back to the creator id, then a neutral name', () => {
    expect(creatorHandleText({ creatorId: '7234' })).toBe('ID 7234');
    expect(creatorHandleText({ handle: '  ' })).toBe('Unnamed creator');
  });
});
