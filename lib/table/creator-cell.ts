/**
 * The packed creator cell of Affiliate Center tables: avatar, @handle, display name, category tags
 * and a followers line such as `12.3K, Female 65%, 18-24`. Any part may be missing or `--`.
 * Keys only on stable markers (`data-e2e` hashes, Arco tag classes, text shape), never on
 * styled-components classes (`sc-…`, `wrapper-row__…`), which change with every build.
 */
import type { Audience } from '../model/entities';
import type { Quantity } from '../parse/quantity';
import { normaliseHandle, parseQuantity } from '../parse/values';
import { classAttribute } from './arco-table';
import { collapseSpaces, isDash, textLines } from './cell-text';
import { linkParam } from './link-param';

const HANDLE_E2E = 'fbc99397-6043-1b37';
/** Arco's tag element (`arco-tag`, `theme-arco-tag`), not its parts (`arco-tag-content`). */
const TAG_CLASS = /(?:^|\s)(?:theme-)?arco-tag(?:\s|$)/;
const DISPLAY_NAME_E2E = '3b9caa65-c65a-e9df';

export interface CreatorCell {
  /** Handle as displayed, without the `@`. */
  handle?: string;
  displayName?: string;
  followers?: Quantity;
  audience?: Audience;
  categories: string[];
}

export interface CreatorCellOptions {
  region?: string | null;
  /**
   * Take a lone name line as the handle when no `@handle` is shown (tables whose "Creator name"
   * column shows the username only). Off by default: a bare line is normally the display name.
   */
  bareTextIsHandle?: boolean;
}

export function parseCreatorCell(cell: Element, options: CreatorCellOptions = {}): CreatorCell {
  const region = options.region ?? null;
  // One walk over the cell collects its lines, its tags and the data-e2e marked parts.
  const categories: string[] = [];
  let markedHandle: string | undefined;
  let markedName: string | undefined;
  const lines = textLines(cell, (element, e2e) => {
    // The class attribute, not classList: a token list object per element costs more than a test.
    const classes = classAttribute(element);
    if (classes !== null && classes.includes('arco-tag') && TAG_CLASS.test(classes)) {
      addTag(categories, element.textContent ?? '');
      return true;
    }
    if (e2e === HANDLE_E2E) markedHandle ??= element.textContent ?? '';
    else if (e2e === DISPLAY_NAME_E2E) markedName ??= element.textContent ?? '';
    return false;
  });

  const markedText = markedHandle === undefined ? undefined : collapseSpaces(markedHandle);
  let handle = markedText === undefined ? undefined : handleOf(markedText);
  // The `@handle` line (usually the marked handle's own text: read once).
  let handleLineIndex = -1;
  for (let index = 0; index < lines.length && handleLineIndex < 0; index++) {
    const line = lines[index]!;
    if (line.charCodeAt(0) !== 64 /* @ */) continue;
    const lineHandle = line === markedText ? handle : handleOf(line);
    if (lineHandle === undefined) continue;
    handleLineIndex = index;
    handle ??= lineHandle;
  }

  const marked = collapseSpaces(markedName ?? '');
  let displayName = marked !== '' && !isDash(marked) ? marked : undefined;

  let followers: Quantity | undefined;
  let audience: Audience | undefined;
  const nameCandidates: string[] = [];
  let followersLineSeen = false;
  lines.forEach((line, index) => {
    if (index === handleLineIndex || isDash(line)) return;
    if (handle !== undefined && stripAt(line) === handle) return;
    if (displayName !== undefined && line === displayName) return;
    const parsed = followersLineSeen || !MAYBE_FOLLOWERS.test(line) ? null : parseFollowersLine(line, region);
    if (parsed) {
      followersLineSeen = true;
      followers = parsed.followers;
      audience = parsed.audience;
      return;
    }
    nameCandidates.push(line);
  });

  if (handle === undefined && options.bareTextIsHandle && nameCandidates.length === 1) {
    const only = nameCandidates[0] ?? '';
    if (!/\s/.test(only) && handleFrom(only) !== undefined) {
      handle = handleFrom(only);
      nameCandidates.length = 0;
    }
  }
  displayName ??= nameCandidates[0];

  const result: CreatorCell = { categories };
  if (handle !== undefined) result.handle = handle;
  if (displayName !== undefined) result.displayName = displayName;
  if (followers !== undefined) result.followers = followers;
  if (audience !== undefined) result.audience = audience;
  return result;
}

/** `@Some.Handle` → `Some.Handle` (case kept) when it is a plausible handle, else undefined. */
function handleFrom(text: string | null | undefined): string | undefined {
  return text == null ? undefined : handleOf(collapseSpaces(text));
}

/** `handleFrom` of text whose spaces are already collapsed. */
function handleOf(collapsed: string): string | undefined {
  const bare = stripAt(collapsed);
  if (bare === '' || bare.includes(' ')) return undefined;
  return normaliseHandle(bare) === null ? undefined : bare;
}

function stripAt(text: string): string {
  return text.charCodeAt(0) === 64 /* @ */ ? text.slice(1) : text;
}

function addTag(tags: string[], raw: string): void {
  const text = collapseSpaces(raw);
  // `+2` is the overflow tag that hides further categories behind a popover.
  if (text === '' || isDash(text) || /^\+\s*\d+$/.test(text) || tags.includes(text)) return;
  tags.push(text);
}

/**
 * Splits a followers line into its parts: `12.3K, Female 65%, 18-24`. A comma between two digits
 * does not separate, so a decimal comma (`1,5K`) or grouping comma (`12,345`) stays in its number.
 */
const SEGMENT_SEPARATOR = /\s*(?:,\s+|(?<=\D),|,(?=\D)|[;·•|])\s*/;
const GENDER = /^(?:(female|male|women|men)\s*:?\s*(\d[\d.,]*\s*%|[-–—]{1,3})?|(\d[\d.,]*\s*%)\s*(female|male|women|men))$/i;
const AGE_RANGE = /^(\d{2})\s*[-–~]\s*(\d{2})$|^(\d{2})\s*\+$/;
const FOLLOWERS_LABEL = /\bfollowers?\b\s*:?/i;
/** Cheap pre-check: name lines (no digit, no gender word, not only dashes) skip the full parse. */
const MAYBE_FOLLOWERS = /\d|female|male|women|men|^[\s,;·•|\-–—]+$/i;

/**
 * The shape nearly every row shows, `12.3K, Female 65%, 18-24`, read in one match (the same values
 * the segment-by-segment reading below gives); null for anything else, which that reading takes.
 */
const USUAL_FOLLOWERS_LINE = /^(\d+(?:[.,]\d+)*[KMBkmb]?), (Female|Male) (\d{1,3}(?:\.\d+)?%), (\d{2})-(\d{2})$/;

function usualFollowersLine(text: string, region: string | null): { followers: Quantity; audience: Audience } | null {
  const usual = USUAL_FOLLOWERS_LINE.exec(text);
  if (!usual) return null;
  const followers = parseQuantity(usual[1], region ? { region } : undefined);
  const share = parseQuantity(usual[3]);
  if (!followers || followers.unit !== undefined || share?.kind !== 'exact' || share.unit !== 'percent') return null;
  return {
    followers,
    audience: { gender: usual[2] === 'Female' ? 'female' : 'male', genderShare: share.value, ageRange: `${usual[4]}-${usual[5]}` },
  };
}

/**
 * Reads a followers line; null when the line is not one (a part is neither a follower count, a
 * gender share, an age band nor `--`): then it is a name, not audience data.
 */
export function parseFollowersLine(
  text: string,
  region: string | null = null,
): { followers?: Quantity; audience?: Audience } | null {
  const usual = usualFollowersLine(text, region);
  if (usual) return usual;
  const segments = collapseSpaces(text).split(SEGMENT_SEPARATOR).filter((segment) => segment !== '');
  if (segments.length === 0) return null;
  let followers: Quantity | undefined;
  const audience: Audience = {};
  let meaningful = false;
  for (const segment of segments) {
    if (isDash(segment)) continue;
    const gender = GENDER.exec(segment);
    if (gender) {
      const word = (gender[1] ?? gender[4] ?? '').toLowerCase();
      audience.gender = word === 'female' || word === 'women' ? 'female' : 'male';
      const share = gender[2] ?? gender[3];
      const quantity = share && !isDash(share) ? parseQuantity(share.replace(/\s+/g, '')) : null;
      if (quantity?.kind === 'exact' && quantity.unit === 'percent') audience.genderShare = quantity.value;
      meaningful = true;
      continue;
    }
    const age = AGE_RANGE.exec(segment);
    if (age) {
      audience.ageRange = age[3] !== undefined ? `${age[3]}+` : `${age[1]}-${age[2]}`;
      meaningful = true;
      continue;
    }
    const labelled = FOLLOWERS_LABEL.test(segment);
    const count = segment.replace(FOLLOWERS_LABEL, ' ').trim();
    const quantity = followers === undefined && count !== '' ? parseQuantity(count, region ? { region } : undefined) : null;
    if (quantity && quantity.unit === undefined) {
      followers = quantity;
      meaningful = true;
      continue;
    }
    if (labelled && (count === '' || isDash(count))) continue;
    return null;
  }
  if (!meaningful && !segments.every(isDash)) return null;
  const result: { followers?: Quantity; audience?: Audience } = {};
  if (followers) result.followers = followers;
  if (Object.keys(audience).length > 0) result.audience = audience;
  return result;
}

/**
 * The creator id a row exposes: a `cid=` link (creator detail) anywhere in the row, else the row
 * checkbox's `value` (Arco sets it to the row key, which is the creator id on creator lists).
 */
export function creatorIdFromRow(row: Element): string | undefined {
  const linked = creatorIdFromLinks(row);
  if (linked !== undefined) return linked;
  // The tag collection, not an attribute selector: rows are read by the thousand.
  const inputs = row.getElementsByTagName('input');
  for (let i = 0; i < inputs.length; i++) {
    const value = checkboxId(inputs[i]!);
    if (value !== undefined) return value;
  }
  return undefined;
}

function checkboxId(box: Element): string | undefined {
  if ((box.getAttribute('type') ?? '').toLowerCase() !== 'checkbox') return undefined;
  const value = (box.getAttribute('value') ?? '').trim();
  return /^\d{5,32}$/.test(value) ? value : undefined;
}

/** The `cid=` parameter of the first link under `element` that carries one. */
export function creatorIdFromLinks(element: Element): string | undefined {
  return linkParam(element, 'cid');
}
