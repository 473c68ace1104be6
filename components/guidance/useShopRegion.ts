import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { regionFromLocale, toShopRegion, type ShopRegion } from '../../lib/guidance/regions';
import { useDb } from '../db/DbContext';

const STORAGE_KEY = 'creator-desk.shop-region';

function storedChoice(): ShopRegion | null {
  try {
    return toShopRegion(localStorage.getItem(STORAGE_KEY));
  } catch {
    return null;
  }
}

/**
 * The seller's shop region, for links that open Seller Center pages: the one they picked, else the
 * region of the last page captured, else the browser's locale, else the US.
 */
export function useShopRegion(): [ShopRegion, (region: ShopRegion) => void] {
  const db = useDb();
  const [chosen, setChosen] = useState<ShopRegion | null>(storedChoice);
  const captured = useLiveQuery(async () => {
    const entry = await db.captureLog.orderBy('at').reverse().filter((e) => toShopRegion(e.region) !== null).first();
    return toShopRegion(entry?.region);
  }, [db]);
  const choose = useCallback((region: ShopRegion) => {
    setChosen(region);
    try {
      localStorage.setItem(STORAGE_KEY, region);
    } catch {
      // Storage unavailable: the choice lasts until the panel closes.
    }
  }, []);
  return [chosen ?? captured ?? regionFromLocale(navigator.language) ?? 'US', choose];
}
