/**
 * Today's Seller Center pages for the demo program, in the markup of the adapter fixtures (the
 * fixture's shell and header row, the program's rows): Find creators lists this week's newcomers
 * beside the prospects, Sample requests shows the newcomers' requests waiting for review.
 * Dates and counts come from the program, so the pages are as current as the day the demo runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { compact } from '../../bench/browser/random';
import type { DemoPage } from '../../support/demo-pages';
import { describeFixture } from '../../support/demo-pages';
import { CAST, creatorIdOf, PRODUCTS, type CastMember } from './cast';

const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cell = (inner: string) => `<td class="arco-table-td"><div class="arco-table-cell"><span class="arco-table-cell-wrap-value">${inner}</span></div></td>`;
const checkboxCell = (value: string) =>
  `<td class="arco-table-td arco-table-operation arco-table-checkbox"><div class="arco-table-cell"><label class="arco-checkbox"><input type="checkbox" value="${value}" aria-label="Select row"><span class="arco-checkbox-mask"></span></label></div></td>`;
const tag = (text: string) => `<span class="arco-tag arco-tag-size-small"><span class="arco-tag-content">${escapeHtml(text)}</span></span>`;
const row = (cells: string) => `      <tr class="arco-table-tr wrapper-row__StyledTr-sc-1w5kmr2-0 kXhGqP">${cells}</tr>`;

function creatorCell(member: CastMember, index: number): string {
  const audience = `${compact(member.followers)}, ${index % 5 === 3 ? 'Male' : 'Female'} ${55 + (index % 7) * 5}%, ${index % 3 ? '18-24' : '25-34'}`;
  return cell(
    `<div class="creator-box"><div class="arco-avatar arco-avatar-circle" data-tid="m4b_avatar" data-e2e="e81f0ced-c73a-1f08"><img alt="" src="${PIXEL}"></div>` +
      `<div><div class="handle"><span data-e2e="fbc99397-6043-1b37">@${escapeHtml(member.handle)}</span></div>` +
      `<div class="sub" data-e2e="3b9caa65-c65a-e9df">${escapeHtml(member.displayName)}</div><div class="sub">${audience}</div>` +
      `<div>${tag(member.category).replace('arco-tag-size-small', 'arco-tag-size-small arco-tag-checked')}</div></div></div>`,
  );
}

function findCreatorsRow(member: CastMember, index: number): string {
  const gmv = Math.round(member.followers * 0.21);
  return row(
    checkboxCell(creatorIdOf(index)) +
      creatorCell(member, index) +
      cell(`$${compact(gmv)}`) +
      cell(compact(Math.round(gmv / 27))) +
      cell(compact(Math.round(member.followers * 0.7))) +
      cell(`${(3 + (index % 6) * 0.6).toFixed(1)}%`) +
      cell(`${10 + (index % 3) * 2}%`) +
      cell(`${70 + (index % 5) * 5}%`) +
      cell('<button type="button" class="arco-btn arco-btn-size-small arco-btn-primary">Invite</button> <button type="button" class="arco-btn arco-btn-size-small">Message</button>'),
  );
}

/** `YYYY/MM/DD HH:mm`, the sample page's request time, in the browser's zone. */
function requestTime(at: number): string {
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}/${two(d.getMonth() + 1)}/${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function sampleRequestRow(member: CastMember, index: number, requestedAt: number, product: (typeof PRODUCTS)[number]): string {
  const productCell = cell(
    `<div class="product-box"><div class="thumb" style="width:40px;height:40px"></div><div><div class="name">${escapeHtml(product.name)}</div>` +
      `<div class="sub">ID: ${product.id}</div><div class="sub">SKU: Default</div><div class="sub">Stock: 1,240</div></div></div>`,
  );
  const creator = cell(
    `<div class="creator-box"><div class="arco-avatar arco-avatar-circle" data-tid="m4b_avatar" data-e2e="e81f0ced-c73a-1f08" style="width:24px;height:24px"><img alt="" src="${PIXEL}"></div>` +
      `<div><div class="handle"><span data-e2e="fbc99397-6043-1b37">@${escapeHtml(member.handle)}</span></div><div class="sub">${compact(member.followers)} followers</div></div></div>`,
  );
  return row(
    checkboxCell(`7402${String(990_000_000_000_000 + index * 13).padStart(15, '0')}`) +
      productCell +
      creator +
      cell('48') +
      cell(tag('Pending')) +
      cell(`${1 + (index % 2)}d ${(index * 5) % 24}h`) +
      cell(`${75 + (index % 4) * 5}%`) +
      cell(index % 2 ? 'Added' : 'Not added') +
      cell('SPF 50 launch') +
      cell(requestTime(requestedAt)) +
      cell('<button type="button" class="arco-btn arco-btn-size-small arco-btn-primary">Approve</button> <button type="button" class="arco-btn arco-btn-size-small">Reject</button>'),
  );
}

/** The fixture page with its first table body replaced by `rows` (and `edit` applied to the rest). */
function fromFixture(fixture: string, rows: string[], edit: (html: string) => string = (html) => html): string {
  const html = fs.readFileSync(path.resolve('lib/adapters', fixture), 'utf8');
  const open = html.indexOf('<tbody>');
  const close = html.indexOf('</tbody>', open);
  if (open < 0 || close < 0) throw new Error(`${fixture}: no <tbody>`);
  return edit(`${html.slice(0, open + '<tbody>'.length)}\n${rows.join('\n')}\n    ${html.slice(close)}`);
}

/** Writes today's pages into `dir` and returns them ready to serve and visit. */
export function writeDemoPages(dir: string, asOf: number): DemoPage[] {
  fs.mkdirSync(dir, { recursive: true });
  const cast = CAST.map((member, index) => ({ member, index }));
  const newcomers = cast.filter(({ member }) => member.role === 'newcomer');
  const shortlist = [...newcomers, ...cast.filter(({ member }) => member.role === 'prospect')];
  const requests = newcomers.slice(0, 4);
  const pages = [
    {
      fixture: 'find-creators.fixture-a.html',
      html: fromFixture('find-creators.fixture-a.html', shortlist.map(({ member, index }) => findCreatorsRow(member, index))),
    },
    {
      fixture: 'sample-requests.fixture-a.html',
      html: fromFixture(
        'sample-requests.fixture-a.html',
        requests.map(({ member, index }, k) => sampleRequestRow(member, index, asOf - (k * 5 + 2) * 3_600_000, PRODUCTS[4]!)),
        (html) => html.replace(/To review \(\d+\)/g, `To review (${requests.length})`),
      ),
    },
  ];
  return pages.map(({ fixture, html }) => {
    const file = path.join(dir, fixture.replace('.fixture-a', '.today'));
    fs.writeFileSync(file, html);
    const described = describeFixture(file);
    return { ...described, name: described.name.replace(/\(.*\)$/, '(today)') };
  });
}
