/**
 * The demo program's cast: sixty fictional creators of a US beauty shop, each with one part in the
 * story the panel should tell (see `ROLES`). Every handle and name is distinct: no creator is a
 * look-alike of another. All people, shops and numbers are fictional.
 */

/** What a creator does in the story. */
export type Role =
  /** Tier 3 / Tier 2 partners posting on schedule. */
  | 'partner'
  /** A Tier 2 creator whose output fell off in the last month (demotion suggestion). */
  | 'slipping-partner'
  /** Tier 1, posting most weeks. */
  | 'steady'
  /** Tier 1, posting every week with the best revenue per post: ready for promotion. */
  | 'star'
  /** Tier 1, in an active collaboration, silent for over 30 days. */
  | 'zombie'
  /** Tier 1, joined mid-program and posting more every week. */
  | 'rising'
  /** Tier 1, posted well early on, behind the agreed rate for the last month. */
  | 'falling'
  /** Tier 1, plenty of clicks, few orders (conversion under 1%). */
  | 'low-converter'
  /** Below 5K followers, posting now and then. */
  | 'prospect'
  /** Found on Find creators this week: no tier accepted yet. */
  | 'newcomer';

export interface CastMember {
  handle: string;
  displayName: string;
  category: string;
  /** Followers today. */
  followers: number;
  role: Role;
}

const BEAUTY = 'Beauty & Personal Care';
const FASHION = 'Fashion';
const HEALTH = 'Health';

/** handle, display name, category, followers today, role. */
const PEOPLE: [string, string, string, number, Role][] = [
  ['auroraglowup', 'Aurora Vance', BEAUTY, 1_140_000, 'partner'],
  ['thelipstickedit', 'The Lipstick Edit', BEAUTY, 655_000, 'partner'],
  ['dermdiaries.kim', 'Kim | Derm Diaries', HEALTH, 412_000, 'partner'],
  ['sunnysideskin', 'Sunny Okafor', BEAUTY, 318_000, 'partner'],
  ['velvetbrows', 'Velvet Brows Studio', BEAUTY, 264_500, 'partner'],
  ['glossgirlgabi', 'Gabi 💄', BEAUTY, 198_000, 'partner'],
  ['nightcreamnico', 'Nico Reyes', BEAUTY, 176_200, 'partner'],
  ['paletteparis', 'Palette Paris', FASHION, 143_800, 'partner'],
  ['hazel.hydrates', 'Hazel Brightwater', BEAUTY, 131_000, 'slipping-partner'],
  ['mirrormirror.mo', 'Mo Haddad', BEAUTY, 121_400, 'partner'],
  ['serumsofia', 'Sofia Marquez', BEAUTY, 48_300, 'star'],
  ['dewydanielle', 'Danielle Park', BEAUTY, 62_100, 'zombie'],
  ['blushbybree', 'Bree Collins', BEAUTY, 23_900, 'zombie'],
  ['skincarewithsid', 'Sid Malhotra', HEALTH, 17_400, 'zombie'],
  ['lashlab.lou', 'Lou Fontaine', BEAUTY, 9_800, 'zombie'],
  ['freckle.fiona', 'Fiona Byrne', BEAUTY, 31_200, 'zombie'],
  ['glowgetterjay', 'Jay Thompson', BEAUTY, 14_600, 'rising'],
  ['minimalmakeupmei', 'Mei Tanaka', BEAUTY, 27_800, 'rising'],
  ['ritualsbyrosa', 'Rosa Delgado', HEALTH, 11_900, 'rising'],
  ['spfsquad.sam', 'Sam Whitaker', BEAUTY, 36_400, 'rising'],
  ['cleanbeautycleo', 'Cleo Adeyemi', BEAUTY, 19_500, 'rising'],
  ['tonedtanya', 'Tanya Petrova', FASHION, 8_700, 'rising'],
  ['pout.patrol', 'Pout Patrol', BEAUTY, 41_000, 'falling'],
  ['camilacontour', 'Camila Rojas', BEAUTY, 55_300, 'falling'],
  ['bodyloveben', 'Ben Carter', HEALTH, 12_300, 'falling'],
  ['thebarefaceclub', 'The Bare Face Club', BEAUTY, 29_900, 'falling'],
  ['viralvanity', 'Vanity Vee', BEAUTY, 88_400, 'low-converter'],
  ['hauls.by.hugo', 'Hugo Lindqvist', FASHION, 73_600, 'low-converter'],
  ['priya.polished', 'Priya Nair', BEAUTY, 21_700, 'steady'],
  ['nailsbynadia', 'Nadia Hassan', BEAUTY, 16_100, 'steady'],
  ['goldenhourgrace', 'Grace Obi', BEAUTY, 33_500, 'steady'],
  ['the.skin.nerd', 'The Skin Nerd', HEALTH, 58_800, 'steady'],
  ['lulu.layers', 'Lulu Chen', BEAUTY, 13_200, 'steady'],
  ['maxmoisture', 'Max Becker', BEAUTY, 7_900, 'steady'],
  ['oliveoilolivia', 'Olivia Rossi', HEALTH, 25_400, 'steady'],
  ['bronzedbyben', 'Benji Alvarez', BEAUTY, 18_800, 'steady'],
  ['makeupmarta', 'Marta Kowalska', BEAUTY, 44_100, 'steady'],
  ['dailydoseofdee', 'Dee Mensah', BEAUTY, 10_600, 'steady'],
  ['softglam.sara', 'Sara Lindgren', BEAUTY, 37_300, 'steady'],
  ['tinted.tom', 'Tom Gallagher', BEAUTY, 6_400, 'steady'],
  ['glowlab.gia', 'Gia Moretti', BEAUTY, 52_900, 'steady'],
  ['cottoncloudcat', 'Cat Nguyen', FASHION, 15_700, 'steady'],
  ['routinewithraf', 'Rafael Costa', HEALTH, 9_300, 'steady'],
  ['peachypaige', 'Paige Turner', BEAUTY, 28_200, 'steady'],
  ['ellie.exfoliates', 'Ellie Ward', BEAUTY, 12_900, 'steady'],
  ['hydrationhana', 'Hana Sato', BEAUTY, 39_600, 'steady'],
  ['mattefinishmia', 'Mia Laurent', BEAUTY, 20_400, 'steady'],
  ['zoe.zen.skin', 'Zoe Abernathy', HEALTH, 8_100, 'steady'],
  ['littleluxelily', 'Lily Evans', BEAUTY, 4_200, 'prospect'],
  ['budgetbeautybex', 'Bex Harper', BEAUTY, 3_600, 'prospect'],
  ['skinnyjeanjo', 'Jo Kim', FASHION, 2_900, 'prospect'],
  ['aloe.alex', 'Alex Moreau', HEALTH, 4_700, 'prospect'],
  ['cheekycharlie', 'Charlie Dunn', BEAUTY, 1_800, 'prospect'],
  ['shimmer.shay', 'Shay Okonkwo', BEAUTY, 3_100, 'prospect'],
  ['tinytubetess', 'Tess Marsh', BEAUTY, 2_400, 'prospect'],
  ['glowupgabriel', 'Gabriel Silva', BEAUTY, 71_500, 'newcomer'],
  ['kbeautykira', 'Kira Han', BEAUTY, 124_000, 'newcomer'],
  ['selfcaresunday.sk', 'Saskia Jansen', HEALTH, 15_900, 'newcomer'],
  ['lipliner.leo', 'Leo Bianchi', BEAUTY, 3_300, 'newcomer'],
  ['mistandmatte', 'Mist & Matte', BEAUTY, 9_100, 'newcomer'],
];

export const CAST: readonly CastMember[] = PEOPLE.map(([handle, displayName, category, followers, role]) => ({
  handle,
  displayName,
  category,
  followers,
  role,
}));

/** A creator id shaped like Seller Center's (19 digits), stable per cast position. */
export function creatorIdOf(index: number): string {
  return `74930${String(71_000_000_000 + index * 7_919).padStart(14, '0')}`;
}

export interface Product {
  id: string;
  name: string;
  price: number;
}

/** The shop's products (US dollars). */
export const PRODUCTS: readonly Product[] = [
  { id: '1729384756102938475', name: 'Hydra Glow Serum 30ml', price: 34 },
  { id: '1729384756102938476', name: 'Overnight Repair Mask', price: 28 },
  { id: '1729384756102938477', name: 'Vitamin C Brightening Drops', price: 24 },
  { id: '1729384756102938478', name: 'Silk Lip Oil', price: 16 },
  { id: '1729384756102938479', name: 'SPF 50 Daily Fluid', price: 22 },
];

export const SHOP = { name: 'Northwind Beauty', region: 'US', currency: 'USD' } as const;
