import { describe, expect, it } from 'vitest';
import { targetInvitationDetailDecoder, targetInvitationsDecoder } from './target-invitations';
import { decodedBatch, fixture, TH } from './testing';

describe('target invitations decoder', () => {
  it('reads the list with status codes and commission ×100', () => {
    const { rows, rejected } = decodedBatch(targetInvitationsDecoder.decode(fixture('target-invitations'), TH), 'collaborations');
    expect(rows.map((row) => [row.invitationId, row.name, row.status])).toEqual([
      ['7312345678901234567', 'Songkran glow 2026', 'ongoing'],
      ['7312345678901234568', "Mother's Day set", 'expiring'],
      ['7312345678901234000', 'Winter sale', 'expired'],
    ]);
    expect(rows[0]?.commissionRate).toEqual({ kind: 'exact', value: 0.15, unit: 'percent', raw: '1500' });
    expect(rejected).toEqual([{ reason: 'no invitation id', count: 1 }]);
  });

  it('reads the detail: creators by id and handle, and the invitation with them', () => {
    const result = targetInvitationDetailDecoder.decode(fixture('target-invitation-detail'), { ...TH, request: { invitation_group_id: '7312345678901234567' } });
    const creators = decodedBatch(result, 'creators');
    expect(creators.rows.map((row) => [row.creatorId, row.handle])).toEqual([
      ['7494021386610329876', 'glowwithmali'],
      ['7493987765443210001', 'NongBeam.Daily'],
    ]);
    expect(creators.rejected).toEqual([{ reason: 'no creator id or handle', count: 1 }]);
    expect(decodedBatch(result, 'collaborations').rows).toEqual([
      {
        kind: 'target',
        invitationId: '7312345678901234567',
        products: [],
        creatorHandles: ['glowwithmali', 'NongBeam.Daily'],
        creatorIds: ['7494021386610329876', '7493987765443210001'],
        status: null,
      },
    ]);
  });

  it("takes the invitation id from the page URL when the request does not name it; none → creators only", () => {
    const fromPage = targetInvitationDetailDecoder.decode(fixture('target-invitation-detail'), { ...TH, invitationId: '99' });
    expect(decodedBatch(fromPage, 'collaborations').rows[0]?.invitationId).toBe('99');
    const none = targetInvitationDetailDecoder.decode(fixture('target-invitation-detail'), TH);
    expect(none.status === 'decoded' && none.batches.map((batch) => batch.entity)).toEqual(['creators']);
  });
});
