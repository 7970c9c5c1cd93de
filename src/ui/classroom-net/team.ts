/**
 * A team's screen (a phone first): join with the code, name the team, take a company, type and seal orders,
 * see the reveal and the team's position. The seat token is kept in localStorage (the link opened again on the
 * same device gets the seat back), typed orders in this tab's sessionStorage and on the server for the seat,
 * so a reload or a dropped connection loses nothing.
 */
import { quarterLabel } from '../../engine/time';
import type { Orders, Scenario } from '../../engine/types';
import { draftToOrders, emptyDraft, parseAmount, type DraftOrders } from '../../store/drafts';
import { draftProblemText } from '../error-text';
import { exportStatus } from '../../engine/export-rules';
import { formatCode, normalizeCode, type PublicInfo } from '../../net/protocol';
import { el } from '../dom';
import { lang, t } from '../../text/i18n';
import { margin, money, mw, score, units } from '../../text/format';
import { ClassConnection, type NetState } from './connection';
import { offersOpenTo } from '../../engine/queries';
import { withTeam } from '../../replay/team-name';
import { companyName, partnershipName } from './team-names';

interface TeamDraft extends DraftOrders {
  partnership: string;
  /** The sealed deal bid for the chosen partnership (absent in drafts saved before it existed). */
  dealBid?: string;
  /** Grey-market units by SKU (chips an export rule denies this company; only where the scenario has a grey market). */
  grey?: Record<string, string>;
}

/** Bids per chip: the first and up to two more tranches at lower prices (a demand curve), as in the solo orders panel. */
const MAX_TRANCHES = 3;

const seatKey = (code: string): string => `gpurace-class-seat:${code}`;
const draftKey = (code: string, playerId: string, quarter: number): string => `gpurace-class-draft:${code}:${playerId}:${quarter}`;

/** Seat tokens live in localStorage (a closed tab gets its seat back); typed orders in this tab's sessionStorage. */
function store(key: string): Storage {
  return key.startsWith('gpurace-class-seat:') ? localStorage : sessionStorage;
}

function read<T>(key: string): T | null {
  try {
    const v = store(key).getItem(key);
    return v ? (JSON.parse(v) as T) : null;
  } catch {
    return null;
  }
}
function write(key: string, value: unknown): void {
  try {
    store(key).setItem(key, JSON.stringify(value));
  } catch {
    // storage full or off: the server still has the typed orders
  }
}

/** Typed text for orders the server kept (when this tab has none). */
function draftFromOrders(o: Orders | null): TeamDraft {
  const d: TeamDraft = { ...emptyDraft(), partnership: '' };
  if (!o) return d;
  for (const b of o.bids) {
    const row = { quantity: String(b.quantity), maxPrice: String(b.maxPrice) };
    if (!d.bids[b.sku]) d.bids[b.sku] = row;
    else ((d.tranches ??= {})[b.sku] ??= []).push(row);
  }
  d.powerFast = o.powerFast ? String(o.powerFast) : '';
  for (const g of o.greyMarket) (d.grey ??= {})[g.sku] = String(g.quantity);
  d.dealBid = o.dealBid ? String(o.dealBid) : '';
  d.siliconInvestment = o.siliconInvestment ? String(o.siliconInvestment) : '';
  d.customOrder = o.customOrder ? String(o.customOrder) : '';
  d.powerBuild = o.powerBuild ? String(o.powerBuild) : '';
  d.partnership = o.partnership ?? '';
  return d;
}

/** The orders with the team's partnership choice and its deal bid (only with a partnership, only when above 0), and its grey-market lines. */
function withDeal(orders: Orders, d: TeamDraft): Orders {
  const out: Orders = { ...orders, partnership: d.partnership || null };
  const deal = parseAmount(d.dealBid ?? '', lang());
  if (out.partnership && deal.ok && deal.value > 0) out.dealBid = deal.value;
  for (const [sku, text] of Object.entries(d.grey ?? {})) {
    const q = parseAmount(text, lang());
    if (q.ok && q.value > 0) out.greyMarket.push({ sku, quantity: q.value });
  }
  return out;
}

/** The first grey-market amount that does not read as a number, as a message (or null). */
function greyProblem(d: TeamDraft): string | null {
  for (const [sku, text] of Object.entries(d.grey ?? {})) {
    const q = parseAmount(text, lang());
    if (!q.ok) return `${t('classroom.team.grey', { sku })}: ${q.message}`;
  }
  return null;
}

/** Mounts the team screen into `root`; returns a function that tears it down. */
export function mountTeam(root: HTMLElement, initialCode: string | null): () => void {
  let conn: ClassConnection | null = null;
  let lastKey = '';
  let draft: TeamDraft | null = null;
  let sendTimer: ReturnType<typeof setTimeout> | null = null;
  let localError: string | null = null;
  const status = el('p', { class: 'net-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const main = el('div', { class: 'net-main' });
  root.replaceChildren(status, main);

  const joinForm = (code: string | null, error: string | null): void => {
    const input = el('input', { class: 'net-code-input', testid: 'join-input', attrs: { id: 'net-join-code', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', inputmode: 'text', maxlength: 12, value: code ? formatCode(code) : '' } });
    const err = el('p', { class: 'net-error', attrs: { role: 'alert' } }, error ?? '');
    const submit = el('button', { class: 'btn btn-primary btn-wide', testid: 'join-submit', attrs: { type: 'submit' } }, t('net.join.button'));
    const form = el('form', { class: 'stack', on: { submit: (e) => {
      e.preventDefault();
      const c = normalizeCode(input.value);
      if (!c) {
        err.textContent = t('net.join.badCode');
        return;
      }
      submit.disabled = true;
      void join(c).catch((x: unknown) => {
        submit.disabled = false;
        err.textContent = t('net.join.failed', { reason: x instanceof Error ? x.message : String(x) });
      });
    } } }, el('h2', {}, t('net.join.title')), el('label', { attrs: { for: 'net-join-code' } }, t('net.join.code')), input, submit, err);
    main.replaceChildren(form);
    input.focus();
  };

  const join = async (code: string): Promise<void> => {
    const saved = read<{ seatToken: string }>(seatKey(code));
    const c = new ClassConnection(code, saved ? { role: 'team', seatToken: saved.seatToken } : { role: 'team' }, (s) => render(s));
    try {
      await c.open();
    } catch (e) {
      if (!saved) throw e;
      // The seat token is not this game's any more (a new game with the same code cannot happen, but a
      // cleared server can): join afresh.
      localStorage.removeItem(seatKey(code));
      const fresh = new ClassConnection(code, { role: 'team' }, (s) => render(s));
      await fresh.open();
      conn = fresh;
      history.replaceState(null, '', `?join=${code}`);
      return;
    }
    conn = c;
    history.replaceState(null, '', `?join=${code}`);
  };

  const claimForm = (s: NetState, pub: PublicInfo): void => {
    const name = el('input', { testid: 'team-name', attrs: { id: 'net-team-name', maxlength: 24, autocomplete: 'off' } });
    const err = el('p', { class: 'net-error', attrs: { role: 'alert' } }, s.error ?? '');
    const list = el('div', { class: 'stack' });
    for (const seat of pub.seats) {
      if (seat.kind !== 'team') continue;
      const taken = seat.teamName !== null;
      list.append(
        el(
          'button',
          {
            class: 'btn btn-wide',
            testid: 'class-take',
            attrs: { type: 'button', 'data-company': seat.playerId, disabled: taken },
            on: {
              click: () => {
                const teamName = name.value.trim();
                if (!teamName) {
                  err.textContent = t('net.claim.needName');
                  name.focus();
                  return;
                }
                conn?.send('claim', { playerId: seat.playerId, teamName });
              },
            },
          },
          t('net.claim.take', { company: companyName(s.scenario, seat.playerId) }),
          taken ? el('span', { class: 'btn-sub' }, `${t('net.claim.taken')}: ${seat.teamName ?? ''}`) : null,
        ),
      );
    }
    main.replaceChildren(el('div', { class: 'stack' }, el('h2', {}, t('net.claim.title')), el('label', { attrs: { for: 'net-team-name' } }, t('net.claim.name')), name, list, err));
  };

  const saveDraft = (code: string, playerId: string, quarter: number, scenario: Scenario): void => {
    if (!draft) return;
    write(draftKey(code, playerId, quarter), draft);
    if (sendTimer) clearTimeout(sendTimer);
    sendTimer = setTimeout(() => {
      if (!draft) return;
      const r = draftToOrders(draft, scenario, lang());
      if (r.problems.length === 0) conn?.send('draft', { orders: withDeal(r.orders, draft) });
    }, 300);
  };

  const field = (label: string, id: string, value: string, onInput: (v: string) => void, mode = 'numeric'): HTMLElement => {
    const input = el('input', { testid: id, attrs: { id, inputmode: mode, autocomplete: 'off', value } });
    input.addEventListener('input', () => onInput(input.value));
    return el('div', { class: 'net-field' }, el('label', { attrs: { for: id } }, label), input);
  };

  const ordersForm = (s: NetState, pub: PublicInfo, scenario: Scenario, playerId: string): HTMLElement => {
    const view = s.view;
    const code = pub.code;
    // The server's copy of the typed orders only for the quarter they were typed in (never last quarter's).
    draft ??= read<TeamDraft>(draftKey(code, playerId, pub.quarter)) ?? draftFromOrders(s.seat?.quarter === pub.quarter ? (s.seat?.draft ?? null) : null);
    const d = draft;
    const save = (): void => saveDraft(code, playerId, pub.quarter, scenario);
    const form = el('form', { class: 'stack net-orders', attrs: { novalidate: true } });
    const denied: string[] = [];
    const greyFields: HTMLElement[] = [];
    for (const sku of scenario.skus) {
      if (sku.availableFrom > pub.quarter) continue;
      // A chip an export rule (or the seller) keeps from this company: named once, no bid fields; where the
      // scenario has a grey market and a rule (not the seller) denies it, a grey-market amount instead.
      const rule = exportStatus({ scenario, quarter: pub.quarter }, playerId, sku.id);
      if (!rule.allowed) {
        denied.push(sku.name);
        if (scenario.greyMarket.enabled && rule.mode !== 'notSold') {
          const grey = (d.grey ??= {});
          greyFields.push(field(t('classroom.team.grey', { sku: sku.name }), `class-grey-${sku.id}`, grey[sku.id] ?? '', (v) => ((grey[sku.id] = v), save())));
        }
        continue;
      }
      const b = (d.bids[sku.id] ??= { quantity: '', maxPrice: '' });
      const extra = ((d.tranches ??= {})[sku.id] ??= []);
      const pair = (row: { quantity: string; maxPrice: string }, n: number): HTMLElement => {
        const suffix = n === 1 ? '' : `-${n}`;
        return el(
          'div',
          { class: 'net-pair', attrs: { 'data-tranche': n } },
          field(n === 1 ? t('net.orders.qty') : t('classroom.team.trancheQty', { n }), `class-qty-${sku.id}${suffix}`, row.quantity, (v) => ((row.quantity = v), save())),
          field(t('net.orders.price'), `class-price-${sku.id}${suffix}`, row.maxPrice, (v) => ((row.maxPrice = v), save())),
        );
      };
      const rows = el('div', { class: 'net-tranches' });
      const more = el('button', { class: 'btn btn-small net-more', testid: `class-add-tranche-${sku.id}`, attrs: { type: 'button' } }, t('classroom.team.addTranche'));
      const drawRows = (): void => {
        rows.replaceChildren(pair(b, 1), ...extra.map((row, i) => pair(row, i + 2)));
        more.hidden = extra.length >= MAX_TRANCHES - 1;
      };
      more.addEventListener('click', () => {
        extra.push({ quantity: '', maxPrice: '' });
        drawRows();
        save();
        rows.querySelector<HTMLInputElement>(`[data-tranche="${extra.length + 1}"] input`)?.focus();
      });
      drawRows();
      form.append(
        el(
          'fieldset',
          { class: 'net-bid' },
          el('legend', {}, t('net.orders.bid', { sku: sku.name })),
          el('p', { class: 'muted net-hint' }, t('net.orders.skuHint', { price: money(sku.listPrice), supply: units(sku.supply[pub.quarter] ?? 0) })),
          rows,
          more,
        ),
      );
    }
    if (denied.length > 0) form.append(el('p', { class: 'muted net-hint', testid: 'class-denied' }, t('classroom.team.denied', { chips: denied.join(', ') })));
    if (greyFields.length > 0) {
      const gm = scenario.greyMarket;
      form.append(el('fieldset', { class: 'net-bid net-grey' }, el('legend', {}, t('classroom.team.greyTitle')), el('p', { class: 'muted net-hint' }, t('classroom.team.greyHint', { premium: gm.premiumPct, catch: gm.catchPct, fine: gm.finePct })), ...greyFields));
    }
    form.append(field(t('net.orders.silicon'), 'class-silicon', d.siliconInvestment, (v) => ((d.siliconInvestment = v), save())));
    const onsite = scenario.power.onsite;
    form.append(
      el(
        'div',
        { class: onsite ? 'net-pair' : 'net-field' },
        field(t('net.orders.power'), 'class-power', d.powerBuild, (v) => ((d.powerBuild = v), save())),
        onsite ? field(t('classroom.team.powerFast'), 'class-power-fast', d.powerFast ?? '', (v) => ((d.powerFast = v), save())) : null,
      ),
    );
    if (onsite) form.append(el('p', { class: 'muted net-hint' }, t('classroom.team.powerHint', { grid: scenario.power.leadQuarters, fast: onsite.leadQuarters })));
    form.append(field(t('net.orders.custom'), 'class-custom', d.customOrder, (v) => ((d.customOrder = v), save())));
    const open = view ? offersOpenTo(view, view.me.contracts) : [];
    if (open.length > 0) {
      const sel = el('select', { testid: 'class-partnership', attrs: { id: 'class-partnership' } }, el('option', { attrs: { value: '' } }, t('net.orders.noPartnership')));
      for (const id of open) sel.append(el('option', { attrs: { value: id, selected: d.partnership === id } }, partnershipName(scenario, id)));
      const dealField = field(t('classroom.team.dealBid'), 'class-deal-bid', d.dealBid ?? '', (v) => ((d.dealBid = v), save()));
      dealField.hidden = !d.partnership;
      sel.addEventListener('change', () => {
        d.partnership = sel.value;
        dealField.hidden = !d.partnership;
        save();
      });
      form.append(el('div', { class: 'net-field' }, el('label', { attrs: { for: 'class-partnership' } }, t('net.orders.partnership')), sel), dealField);
    }
    const err = el('p', { class: 'net-error', testid: 'class-orders-error', attrs: { role: 'alert' } }, localError ?? s.error ?? '');
    form.append(el('button', { class: 'btn btn-primary btn-wide', testid: 'class-seal', attrs: { type: 'submit' } }, t('net.orders.seal')), err);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const r = draftToOrders(d, scenario, lang());
      const deal = parseAmount(d.dealBid ?? '', lang());
      const grey = greyProblem(d);
      if (r.problems.length > 0 || !deal.ok || grey) {
        const first = r.problems[0];
        localError = first ? draftProblemText(first, { scenario }) : deal.ok ? (grey ?? '') : `${t('classroom.team.dealBid')}: ${deal.message}`;
        err.textContent = localError;
        return;
      }
      localError = null;
      conn?.send('seal', { orders: withDeal(r.orders, d) });
    });
    return form;
  };

  const myResult = (pub: PublicInfo, playerId: string): HTMLElement => {
    const box = el('section', { class: 'stack net-result', testid: 'class-team-result' }, el('h2', {}, t('net.team.result')));
    const r = pub.result;
    if (!r) return box;
    let any = false;
    for (const c of r.clearing) {
      for (const b of c.bids) {
        if (b.bidder !== playerId || b.filled === 0) continue;
        any = true;
        box.append(el('p', {}, t('net.team.bought', { units: units(b.filled), sku: c.sku, price: money(Math.round(b.paid / Math.max(1, b.filled))) })));
      }
    }
    if (!any) box.append(el('p', { class: 'muted' }, t('net.team.boughtNone')));
    const me = r.standings.find((x) => x.playerId === playerId);
    if (me) {
      const text = pub.phase === 'gameOver' ? t('net.team.over', { rank: me.rank, total: r.standings.length }) : t('net.team.position', { rank: me.rank, total: r.standings.length });
      box.append(el('p', { class: 'net-position', testid: 'class-position' }, text, ` (${score(me.score)})`));
    }
    // Everyone's position, by team name (public once the quarter is revealed).
    const scenario = conn?.state.scenario ?? null;
    const rows = r.standings.map((x) => {
      const team = pub.seats.find((p) => p.playerId === x.playerId)?.teamName ?? null;
      return el('tr', { class: x.playerId === playerId ? 'net-me' : '' }, el('td', {}, String(x.rank)), el('th', { attrs: { scope: 'row' } }, withTeam(companyName(scenario, x.playerId), team)), el('td', {}, score(x.score)), x.margin === null ? null : el('td', {}, margin(x.margin)));
    });
    box.append(el('div', { class: 'net-table-wrap' }, el('table', { class: 'net-table net-team-standings', testid: 'class-team-standings' }, el('tbody', {}, ...rows))));
    return box;
  };

  const render = (s: NetState): void => {
    const pub = s.pub;
    status.textContent = s.reconnecting ? t('net.reconnecting') : '';
    if (!pub || !s.scenario) return;
    const seat = s.seat;
    if (seat) write(seatKey(pub.code), { seatToken: seat.seatToken });
    if (!seat) {
      const key = `claim|${lang()}|${pub.seats.map((x) => x.teamName ?? '').join(',')}|${s.error ?? ''}`;
      if (key !== lastKey) {
        lastKey = key;
        claimForm(s, pub);
      }
      return;
    }
    const pseat = pub.seats.find((x) => x.playerId === seat.playerId);
    const sealed = pseat?.sealed ?? false;
    const key = ['team', lang(), pub.quarter, pub.phase, sealed, pseat?.kind, s.view?.quarter ?? -1, s.view?.phase ?? '', s.error ?? '', pub.result?.quarter ?? -1, s.view?.news.length ?? 0].join('|');
    if (key === lastKey) return;
    if (lastKey.split('|')[2] !== String(pub.quarter)) draft = null;
    lastKey = key;
    const scenario = s.scenario;
    const me = s.view?.me;
    const head = el(
      'header',
      { class: 'net-team-head' },
      el('p', { class: 'net-you', testid: 'class-team-status' }, t('net.team.you', { team: seat.teamName, company: companyName(scenario, seat.playerId) })),
      el('p', { class: 'net-quarter' }, pub.phase === 'gameOver' ? t('net.phase.over') : t(pub.phase === 'orders' ? 'net.phase.orders' : 'net.phase.reveal', { quarter: quarterLabel(scenario, pub.quarter) })),
      me ? el('p', { class: 'muted' }, `${t('net.team.cash')}: ${money(me.cash)}`) : null,
      me ? el('p', { class: 'muted' }, t('net.team.holdings', { units: units(Object.values(me.fleet).reduce((a, x) => a + x, 0)), mw: mw(me.powerMw) })) : null,
      newsBox(scenario, s.view?.news.filter((n) => n.quarter === pub.quarter).map((n) => n.eventId) ?? []),
    );
    const body: (HTMLElement | null)[] = [];
    if (pub.phase === 'orders') {
      if (pseat?.kind === 'bot') body.push(el('p', { class: 'net-note' }, t('net.orders.bot')));
      else if (sealed)
        body.push(
          el('p', { class: 'net-note', testid: 'class-sealed-note' }, t('net.orders.sealed')),
          el('p', { class: 'muted' }, t('net.team.waitReveal')),
          el('button', { class: 'btn btn-wide', testid: 'class-unseal', attrs: { type: 'button' }, on: { click: () => conn?.send('unseal', {}) } }, t('net.orders.unseal')),
        );
      else body.push(ordersForm(s, pub, scenario, seat.playerId));
    } else body.push(myResult(pub, seat.playerId));
    main.replaceChildren(head, ...body.filter((x): x is HTMLElement => x !== null));
  };

  const code = initialCode ? normalizeCode(initialCode) : null;
  const saved = code ? read<{ seatToken: string }>(seatKey(code)) : null;
  if (code && saved) void join(code).catch((e: unknown) => joinForm(code, t('net.join.failed', { reason: e instanceof Error ? e.message : String(e) })));
  else joinForm(code, null);

  return () => {
    if (sendTimer) clearTimeout(sendTimer);
    conn?.close();
  };
}

/** This quarter's headlines (scheduled news and deck cards), or nothing. */
function newsBox(scenario: Scenario, ids: string[]): HTMLElement | null {
  const events = [...scenario.events, ...scenario.eventDeck.cards];
  const items = ids.map((id) => events.find((e) => e.id === id)).filter((e) => e !== undefined);
  if (items.length === 0) return null;
  return el('details', { class: 'net-news', testid: 'class-news' }, el('summary', {}, t('net.news')), el('ul', {}, ...items.map((e) => el('li', {}, e.headline[lang()]))));
}
