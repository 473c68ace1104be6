import { parseRoute } from '../shell/route';
import { briefsPlace, briefsTabHref, editTemplateHref, newTemplateHref } from './briefs-route';

const place = (hash: string) => briefsPlace(parseRoute(hash));

describe('brief builder addresses', () => {
  it('opens the library by default, with an optional starter preset', () => {
    expect(place('#briefs')).toEqual({ tab: 'templates', newStarter: null });
    expect(place(newTemplateHref('social-proof'))).toEqual({ tab: 'templates', newStarter: 'social-proof' });
    expect(place('#briefs?new=scratch')).toEqual({ tab: 'templates', newStarter: 'scratch' });
    expect(place('#briefs?new=shouting')).toEqual({ tab: 'templates', newStarter: null });
  });

  it('round-trips the editor and the other tabs', () => {
    expect(place(editTemplateHref('a/b c'))).toEqual({ tab: 'edit', templateId: 'a/b c' });
    for (const tab of ['results', 'updates', 'rules'] as const) expect(place(briefsTabHref(tab))).toEqual({ tab });
    expect(place('#briefs/edit')).toEqual({ tab: 'templates', newStarter: null });
  });
});
