/**
 * Table header wordings of other Seller Center UI languages, mapped to the English wording the adapters
 * list. Only terms whose translation is known are here [I: TikTok Shop's own translations as seen in
 * public screenshots and help pages; a missing or different term just leaves that column to page data].
 * Keys are compared normalised (see header-text.ts), so case, spacing and punctuation do not matter.
 * Importing this module gives the list to header-text.ts; the content script gets it from the
 * background instead (lib/page-capture/header-synonyms-setting.ts).
 */
import { useHeaderSynonyms } from './header-text';

const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  Creator: ['ครีเอเตอร์', 'Nhà sáng tạo', 'Kreator', 'Pencipta', 'Kreator konten', '达人', '创作者', 'Creador', 'Creadores', 'Ersteller', 'Creator:in', 'Créateur', 'Créateurs', 'Creatore', 'Creatori', 'クリエイター'],
  Followers: ['ผู้ติดตาม', 'Người theo dõi', 'Pengikut', '粉丝数', '粉丝', 'Seguidores', 'Follower', 'Abonnenti', 'Abonnés', 'Follower totali', 'フォロワー', 'フォロワー数'],
  GMV: ['ยอดขาย GMV', 'Tổng giá trị hàng hóa', '成交金额', 'GMV (成交金额)', 'Umsatz', 'VBM', 'Volume d’affaires', 'Valor bruto de mercancía'],
  'Items sold': ['จำนวนสินค้าที่ขายได้', 'สินค้าที่ขายได้', 'Số mặt hàng đã bán', 'Sản phẩm đã bán', 'Item terjual', 'Produk terjual', 'Barang terjual', '售出件数', '销量', 'Artículos vendidos', 'Verkaufte Artikel', 'Articles vendus', 'Articoli venduti', '販売数'],
  'Avg. video views': ['ยอดดูวิดีโอเฉลี่ย', 'Lượt xem video trung bình', 'Rata-rata tayangan video', 'Purata tontonan video', '平均视频播放量', 'Promedio de vistas de video', 'Durchschn. Videoaufrufe', 'Vues moyennes par vidéo', 'Visualizzazioni medie video', '平均動画視聴回数'],
  'Engagement rate': ['อัตราการมีส่วนร่วม', 'Tỷ lệ tương tác', 'Tingkat interaksi', 'Kadar penglibatan', '互动率', 'Tasa de interacción', 'Interaktionsrate', 'Taux d’engagement', 'Tasso di coinvolgimento', 'エンゲージメント率'],
  Videos: ['วิดีโอ', 'Video', 'Vidéos', '视频', '视频数', '動画'],
  'LIVE streams': ['ไลฟ์', 'LIVE', 'Siaran LIVE', '直播', '直播场次', 'Directos', 'LIVE-Streams', 'ライブ'],
  Orders: ['คำสั่งซื้อ', 'Đơn hàng', 'Pesanan', '订单', '订单数', 'Pedidos', 'Bestellungen', 'Commandes', 'Ordini', '注文'],
  'Est. commission': ['ค่าคอมมิชชันโดยประมาณ', 'Hoa hồng ước tính', 'Perkiraan komisi', 'Anggaran komisen', '预估佣金', 'Comisión estimada', 'Geschätzte Provision', 'Commission estimée', 'Commissione stimata', '推定コミッション'],
  'Commission rate': ['อัตราค่าคอมมิชชัน', 'Tỷ lệ hoa hồng', 'Tingkat komisi', 'Kadar komisen', '佣金率', 'Tasa de comisión', 'Provisionssatz', 'Taux de commission', 'Tasso di commissione', 'コミッション率'],
  Product: ['สินค้า', 'Sản phẩm', 'Produk', '商品', 'Producto', 'Produkt', 'Produit', 'Prodotto'],
  Status: ['สถานะ', 'Trạng thái', 'Status', '状态', 'Estado', 'Statut', 'Stato', 'ステータス'],
  'Order ID': ['หมายเลขคำสั่งซื้อ', 'Mã đơn hàng', 'ID pesanan', '订单号', '订单 ID', 'ID del pedido', 'Bestell-ID', 'ID de commande', 'ID ordine', '注文ID'],
};

/** The language a header's script or wording points to, for telling the seller which UI language a page is in. */
const SCRIPT_LANGUAGES: readonly [RegExp, string][] = [
  [/[\u0E00-\u0E7F]/, 'Thai'],
  [/[\u3040-\u30FF]/, 'Japanese'],
  [/[\u4E00-\u9FFF]/, 'Chinese'],
  [/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i, 'Vietnamese'],
  [/[äöüß]/i, 'German'],
  [/[ñ¿¡]/i, 'Spanish'],
];

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English', th: 'Thai', vi: 'Vietnamese', id: 'Indonesian', ms: 'Malay', zh: 'Chinese', es: 'Spanish', de: 'German',
  fr: 'French', it: 'Italian', ja: 'Japanese', tl: 'Filipino', fil: 'Filipino',
};

/** `th-TH` → `Thai`; an unknown code is returned as given. */
export function languageName(code: string): string {
  return LANGUAGE_NAMES[code.toLowerCase().split(/[-_]/)[0] ?? ''] ?? code;
}

/** A best guess of the page's language from header texts (null when they look English or say nothing). */
export function guessHeaderLanguage(headers: readonly string[]): string | null {
  const text = headers.join(' ');
  for (const [pattern, language] of SCRIPT_LANGUAGES) if (pattern.test(text)) return language;
  return null;
}

export function headerSynonyms(): Readonly<Record<string, readonly string[]>> {
  return SYNONYMS;
}

useHeaderSynonyms(SYNONYMS);
