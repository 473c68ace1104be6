import { describe, expect, it } from 'vitest';
import { creatorProfileDecoder } from './creator-profile';
import { decodedBatch, decodeFixture, fixture, TH } from './testing';

describe('creator profile decoder', () => {
  const result = decodeFixture(creatorProfileDecoder, 'creator-profile');

  it('reads the creator with its 30-day post counts', () => {
    const [creator] = decodedBatch(result, 'creators').rows;
    expect(creator).toMatchObject({ creatorId: '7494021386610329876', handle: 'glowwithmali' });
    expect(creator?.metrics).toMatchObject({
      followers: { kind: 'exact', value: 128801 },
      videos30d: { kind: 'exact', value: 14 },
      shopVideos30d: { kind: 'exact', value: 9 },
      liveStreams30d: { kind: 'exact', value: 0 },
    });
  });

  it('turns top videos into content pieces with plays, likes and release days', () => {
    const { rows, rejected } = decodedBatch(result, 'content');
    expect(rows).toEqual([
      {
        contentId: '7412345678901234501',
        type: 'video',
        creatorId: '7494021386610329876',
        creatorHandle: 'glowwithmali',
        postDate: '2026-02-11',
        metrics: { views: { kind: 'exact', value: 1204331, raw: '1204331' }, likes: { kind: 'exact', value: 88012, raw: '88012' } },
      },
      expect.objectContaining({ contentId: '7412345678901234502', postDate: expect.stringMatching(/^2026-02-1[23]$/) }),
    ]);
    expect(rejected).toEqual([{ reason: 'no video id', count: 1 }]);
  });

  it("uses the page's cid when the profile hides the id", () => {
    const body = fixture('creator-profile') as { creator_profile: Record<string, unknown> };
    delete body.creator_profile.creator_oecuid;
    const again = creatorProfileDecoder.decode(body, { ...TH, creatorId: '42' });
    expect(decodedBatch(again, 'creators').rows[0]?.creatorId).toBe('42');
    expect(decodedBatch(again, 'content').rows[0]?.creatorId).toBe('42');
  });

  it('is unrecognized without a creator_profile object', () => {
    expect(creatorProfileDecoder.decode({ code: 0, data: { profile: [] } }, TH)).toEqual({
      status: 'unrecognized',
      shape: '{code:number,data:{profile:[]}}',
    });
  });
});
