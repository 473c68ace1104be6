/**
 * Page data: the JSON the Affiliate Center page itself received, decoded into the same rows as the
 * table adapters. One decoder per endpoint; pure and framework-free. Run in the background
 * (lib/background-capture/handle-page-data.ts), which validates the rows like table rows: the content
 * script only forwards the answers' text, so the decoders add nothing to the script every page loads.
 */
import { affiliateOrdersDecoder } from './affiliate-orders';
import { creatorProfileDecoder } from './creator-profile';
import { endpointForPath, type PageDataEndpoint } from './endpoints';
import { findCreatorsDecoder } from './find-creators';
import { manageCreatorsDecoder } from './manage-creators';
import { sampleRequestsDecoder } from './sample-requests';
import { targetInvitationDetailDecoder, targetInvitationsDecoder } from './target-invitations';
import type { DecodeContext, DecodeResult, PageDataDecoder } from './types';

export type * from './types';
export { endpointForPath } from './endpoints';

export const PAGE_DATA_DECODERS: Readonly<Record<PageDataEndpoint, PageDataDecoder>> = {
  'find-creators': findCreatorsDecoder,
  'creator-profile': creatorProfileDecoder,
  'manage-creators': manageCreatorsDecoder,
  'sample-requests': sampleRequestsDecoder,
  'target-invitations': targetInvitationsDecoder,
  'target-invitation-detail': targetInvitationDetailDecoder,
  'affiliate-orders': affiliateOrdersDecoder,
};

/** The adapter name page-data rows carry in capture messages and the capture log: `page-data:<endpoint>`. */
export const PAGE_DATA_ADAPTER_PREFIX = 'page-data:';

/** Largest body decoded: a page of 20–50 rows is well under 1 MB; anything bigger is not read. */
export const MAX_BODY_CHARS = 4_000_000;

export type PageDataOutcome = DecodeResult | { status: 'not-listed' } | { status: 'too-large' } | { status: 'not-json' };

/** Decodes a body received for request path `path`: JSON text, size-checked, then the endpoint's decoder. */
export function decodePageData(path: string, bodyText: string, ctx: DecodeContext): PageDataOutcome & { endpoint?: PageDataEndpoint } {
  const endpoint = endpointForPath(path);
  if (!endpoint) return { status: 'not-listed' };
  if (bodyText.length > MAX_BODY_CHARS) return { status: 'too-large', endpoint };
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return { status: 'not-json', endpoint };
  }
  try {
    return { ...PAGE_DATA_DECODERS[endpoint].decode(body, ctx), endpoint };
  } catch {
    // A decoder bug or a body built to break one (getters cannot exist in parsed JSON, but depth can).
    return { status: 'unrecognized', shape: 'decoder failed', endpoint };
  }
}
