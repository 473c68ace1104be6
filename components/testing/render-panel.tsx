/** Shared helpers for the panel's component tests (not imported by production code). */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { isoDay, localDayOfTimestamp } from '../../lib/calendar/days';
import { openCreatorDeskDb, type CreatorDeskDb } from '../../lib/db/database';
import type { ContentPiece, Creator, ContentMetrics, CreatorMetrics } from '../../lib/model/entities';
import type { Quantity } from '../../lib/parse/quantity';
import { App } from '../App';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export const NOW = Date.now();

/** A database of its own for one test; delete it afterwards. */
export function panelTestDb(): CreatorDeskDb {
  return openCreatorDeskDb(`panel-test-${Math.random()}`);
}

export const exact = (value: number, unit?: Quantity['unit']): Quantity =>
  unit ? { kind: 'exact', value, unit, raw: String(value) } : { kind: 'exact', value, raw: String(value) };

export function daysAgo(n: number): string {
  return isoDay(localDayOfTimestamp(NOW) - n);
}

export function creator(id: string, handle: string, metrics: CreatorMetrics = {}, extra: Partial<Creator> = {}): Creator {
  return {
    key: `id:${id}`,
    creatorId: id,
    handle: handle.toLowerCase(),
    handleDisplay: handle,
    categories: [],
    metrics,
    sources: ['find-creators'],
    firstSeen: NOW - 86_400_000,
    lastSeen: NOW - 60_000,
    updatedAt: NOW - 60_000,
    ...extra,
  };
}

let pieceId = 0;
export function video(creatorKey: string, postDate: string, metrics: ContentMetrics = {}, extra: Partial<ContentPiece> = {}): ContentPiece {
  const contentId = String(++pieceId);
  return {
    key: `video:${contentId}`,
    contentId,
    type: 'video',
    creatorKey,
    postDate,
    productIds: [],
    metrics,
    firstSeen: NOW,
    lastSeen: NOW,
    updatedAt: NOW,
    ...extra,
  };
}

export interface Rendered {
  container: HTMLDivElement;
  unmount: () => Promise<void>;
}

export async function renderPanel(db: CreatorDeskDb): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  await act(async () => root.render(<App db={db} />));
  return {
    container,
    async unmount() {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

/** Waits for live queries, loads and computations to settle into the expected DOM. */
export async function until(check: () => void, timeoutMs = 4000) {
  const started = Date.now();
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    }
  }
}

export function region(name: string, within: ParentNode = document): HTMLElement {
  for (const section of within.querySelectorAll('section')) {
    const heading = document.getElementById(section.getAttribute('aria-labelledby') ?? '');
    if (heading?.textContent === name) return section;
  }
  throw new Error(`No region named ${name}`);
}

export function button(name: string, within: ParentNode = document): HTMLButtonElement {
  const found = [...within.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').trim() === name,
  );
  if (!found) throw new Error(`No button named ${name}`);
  return found;
}

/** Types into a React-controlled input the way a user would (native setter + input event). */
export async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function click(element: HTMLElement) {
  await act(async () => {
    element.click();
  });
}

export function labelled(label: string, within: ParentNode = document): HTMLInputElement {
  for (const l of within.querySelectorAll('label')) {
    if (l.textContent?.trim() === label) {
      const id = l.getAttribute('for');
      const input = id ? document.getElementById(id) : l.querySelector('input,select,textarea');
      if (input) return input as HTMLInputElement;
    }
  }
  throw new Error(`No field labelled ${label}`);
}

export { exact as q };
export type { ContentPiece };
