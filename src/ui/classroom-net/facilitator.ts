/**
 * The facilitator's screen (the teacher's laptop on the projector): create a class game, show the join
 * code, link and QR code, see who has sealed, run the quarter timer, resolve, hand seats to bots and back,
 * reveal the results (Continue only once they are shown) and export the finished game's record.
 */
import { quarterLabel } from '../../engine/time';
import type { Scenario } from '../../engine/types';
import { BOT_LEVELS } from '../../ai/types';
import { formatCode, type CreateResponse, type PublicInfo } from '../../net/protocol';
import { z } from '../../zod';
import { el } from '../dom';
import { lang, t } from '../../text/i18n';
import { margin, money, score, units } from '../../text/format';
import { ClassConnection, type NetState } from './connection';
import { qrSvg } from './qr';
import { teamNames, teamsPart } from '../../replay/team-name';

const FAC_KEY = 'gpurace-class-facilitator';

const infoSchema = z.object({
  classroom: z.literal(true),
  scenarios: z.array(z.object({ id: z.string(), title: z.object({ en: z.string(), de: z.string() }), companies: z.array(z.object({ id: z.string(), name: z.string() })), quarters: z.number() })),
});
type Info = z.infer<typeof infoSchema>;
const createAnswer = z.object({ code: z.string(), token: z.string() });
/** What a record's file name needs (the server's record is otherwise passed on as it came). */
const recordNames = z.object({ seed: z.string(), scenario: z.object({ id: z.string() }), seats: z.array(z.object({ teamName: z.string().optional() })) });

function randomSeed(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

function fmtTime(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Mounts the facilitator's screen; returns a function that tears it down. */
export function mountFacilitator(root: HTMLElement, resumeCode: string | null): () => void {
  let conn: ClassConnection | null = null;
  let lastKey = '';
  let shownReveal = -1;
  let timerAt = { remaining: 0, at: 0, status: 'off' as string };
  let minutes = '5';
  let missing: 'pass' | 'bot' = 'bot';
  const status = el('p', { class: 'net-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const main = el('div', { class: 'net-main net-fac' });
  root.replaceChildren(status, main);
  const updateClock = (): void => {
    const out = root.querySelector<HTMLElement>('[data-testid="class-timer-left"]');
    if (!out) return;
    const left = timerAt.status === 'running' ? timerAt.remaining - (performance.now() - timerAt.at) : timerAt.remaining;
    out.textContent = timerAt.status === 'off' ? t('net.timer.off') : left <= 0 ? t('net.timer.up') : `${fmtTime(left)}${timerAt.status === 'paused' ? ` (${t('net.timer.paused')})` : ''}`;
  };
  const tick = setInterval(updateClock, 250);

  const connect = async (code: string, token: string): Promise<void> => {
    const c = new ClassConnection(code, { role: 'facilitator', token }, (s) => render(s));
    await c.open();
    conn = c;
    history.replaceState(null, '', `?facilitate=${code}`);
  };

  const createForm = async (): Promise<void> => {
    main.replaceChildren(el('p', { class: 'muted' }, '…'));
    let info: Info;
    try {
      const res = await fetch('./classroom/info');
      info = infoSchema.parse(await res.json());
    } catch (e) {
      main.replaceChildren(el('p', { class: 'net-error' }, t('net.create.failed', { reason: e instanceof Error ? e.message : String(e) })));
      return;
    }
    const select = el('select', { testid: 'class-scenario', attrs: { id: 'class-scenario' } });
    for (const s of info.scenarios) select.append(el('option', { attrs: { value: s.id, selected: s.id === 'classroom-sprint' } }, s.title[lang()]));
    const seed = el('input', { testid: 'class-seed', attrs: { id: 'class-seed', value: randomSeed(), maxlength: 64 } });
    const seats = el('div', { class: 'stack' });
    const choices = new Map<string, HTMLSelectElement>();
    const renderSeats = (): void => {
      const sc = info.scenarios.find((s) => s.id === select.value);
      choices.clear();
      seats.replaceChildren();
      for (const c of sc?.companies ?? []) {
        const sel = el('select', { testid: `class-seat-${c.id}`, attrs: { id: `class-seat-${c.id}` } }, el('option', { attrs: { value: 'team' } }, t('net.create.team')));
        for (const level of BOT_LEVELS) sel.append(el('option', { attrs: { value: level } }, t('net.create.bot', { level })));
        choices.set(c.id, sel);
        seats.append(el('div', { class: 'net-field net-seat-choice' }, el('label', { attrs: { for: `class-seat-${c.id}` } }, c.name), sel));
      }
    };
    select.addEventListener('change', renderSeats);
    renderSeats();
    const err = el('p', { class: 'net-error', attrs: { role: 'alert' } });
    const button = el('button', { class: 'btn btn-primary btn-wide', testid: 'class-create', attrs: { type: 'submit' } }, t('net.create.button'));
    const form = el(
      'form',
      { class: 'stack net-create' },
      el('h2', {}, t('net.create.title')),
      el('div', { class: 'net-field' }, el('label', { attrs: { for: 'class-scenario' } }, t('net.create.scenario')), select),
      el('div', { class: 'net-field' }, el('label', { attrs: { for: 'class-seed' } }, t('net.create.seed')), seed),
      el('fieldset', { class: 'stack' }, el('legend', {}, t('net.create.seats')), seats),
      button,
      err,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const list = [...choices].map(([playerId, sel]) => (sel.value === 'team' ? { playerId, kind: 'team' as const } : { playerId, kind: 'bot' as const, level: sel.value as (typeof BOT_LEVELS)[number] }));
      if (!list.some((x) => x.kind === 'team')) {
        err.textContent = t('net.create.needTeam');
        return;
      }
      button.disabled = true;
      void (async () => {
        try {
          const res = await fetch('./classroom/create', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ scenarioId: select.value, seed: seed.value.trim() || randomSeed(), seats: list }) });
          const body: unknown = await res.json();
          const ok = createAnswer.safeParse(body);
          if (!res.ok || !ok.success) throw new Error((body as { error?: string }).error ?? `HTTP ${res.status}`);
          const answer: CreateResponse = ok.data;
          localStorage.setItem(FAC_KEY, JSON.stringify(answer));
          await connect(answer.code, answer.token);
        } catch (x) {
          button.disabled = false;
          err.textContent = t('net.create.failed', { reason: x instanceof Error ? x.message : String(x) });
        }
      })();
    });
    main.replaceChildren(form);
  };

  const joinBox = (code: string): HTMLElement => {
    const link = `${location.origin}${location.pathname}?join=${code}`;
    return el(
      'section',
      { class: 'net-join-box' },
      el('div', { class: 'net-qr', testid: 'join-qr' }, qrSvg(link, t('net.qr'))),
      el(
        'div',
        { class: 'stack' },
        el('p', { class: 'muted' }, t('net.code')),
        el('p', { class: 'net-code', testid: 'join-code' }, formatCode(code)),
        el('p', { class: 'muted' }, t('net.link')),
        el('a', { class: 'net-link', testid: 'join-link', attrs: { href: link, target: '_blank', rel: 'noopener' } }, link),
        el('p', { class: 'muted' }, t('net.joinHint')),
      ),
    );
  };

  const seatsTable = (pub: PublicInfo, scenario: Scenario): HTMLElement => {
    const done = pub.seats.filter((s) => s.sealed).length;
    const rows = pub.seats.map((s) => {
      const who = s.kind === 'bot' ? t('net.seat.bot', { level: s.level ?? '' }) : (s.teamName ?? t('net.seat.waiting'));
      const state = s.sealed ? t('net.seat.sealed') : t('net.seat.open');
      const teamSeat = s.kind === 'team' || s.teamName !== null;
      return el(
        'tr',
        { attrs: { 'data-company': s.playerId, 'data-sealed': s.sealed ? 'yes' : 'no' } },
        el('th', { attrs: { scope: 'row' } }, scenario.companies.find((c) => c.id === s.playerId)?.name ?? s.playerId),
        el('td', {}, who, s.kind === 'team' && s.teamName !== null ? el('span', { class: 'muted' }, ` · ${s.connected ? t('net.seat.online') : t('net.seat.offline')}`) : null),
        el('td', { class: s.sealed ? 'net-ok' : 'muted' }, s.sealed ? `✓ ${state}` : state),
        el(
          'td',
          {},
          teamSeat && pub.phase === 'orders'
            ? el(
                'button',
                {
                  class: 'btn btn-small',
                  testid: 'class-hand-to-bot',
                  attrs: { type: 'button', 'data-company': s.playerId, 'data-to': s.kind === 'team' ? 'bot' : 'team' },
                  on: { click: () => conn?.send('seat', { playerId: s.playerId, to: s.kind === 'team' ? 'bot' : 'team', level: 'easy' }) },
                },
                s.kind === 'team' ? t('net.toBot') : t('net.toTeam'),
              )
            : null,
        ),
      );
    });
    return el(
      'section',
      { class: 'stack', testid: 'class-sealed' },
      el('h2', {}, t('net.seats'), el('span', { class: 'muted net-count' }, ` ${t('net.sealedCount', { done, total: pub.seats.length })}`)),
      el('div', { class: 'net-table-wrap' }, el('table', { class: 'net-table' }, el('tbody', {}, ...rows))),
    );
  };

  const timerBox = (pub: PublicInfo): HTMLElement => {
    const input = el('input', { testid: 'class-timer-minutes', attrs: { id: 'class-timer-minutes', inputmode: 'numeric', value: minutes, size: 3 } });
    input.addEventListener('input', () => (minutes = input.value));
    const st = pub.timer.status;
    const start = (): void => {
      const m = Math.min(60, Math.max(1, Math.round(Number(minutes) || 5)));
      conn?.send('timer', { action: 'start', seconds: m * 60, missing });
    };
    return el(
      'section',
      { class: 'net-timer', testid: 'class-timer' },
      el('h2', {}, t('net.timer')),
      el('p', { class: 'net-clock', testid: 'class-timer-left', attrs: { 'aria-live': 'off' } }, ''),
      el(
        'div',
        { class: 'row net-wrap' },
        el('label', { attrs: { for: 'class-timer-minutes' } }, t('net.timer.minutes')),
        input,
        el('button', { class: 'btn', testid: 'class-timer-start', attrs: { type: 'button' }, on: { click: start } }, t('net.timer.start')),
        st === 'running' ? el('button', { class: 'btn', testid: 'class-timer-pause', attrs: { type: 'button' }, on: { click: () => conn?.send('timer', { action: 'pause' }) } }, t('net.timer.pause')) : null,
        st === 'paused' ? el('button', { class: 'btn', testid: 'class-timer-resume', attrs: { type: 'button' }, on: { click: () => conn?.send('timer', { action: 'resume' }) } }, t('net.timer.resume')) : null,
      ),
    );
  };

  const resolveBox = (): HTMLElement => {
    const sel = el('select', { testid: 'class-resolve-missing', attrs: { id: 'class-resolve-missing' } }, el('option', { attrs: { value: 'bot', selected: missing === 'bot' } }, t('net.resolve.bot')), el('option', { attrs: { value: 'pass', selected: missing === 'pass' } }, t('net.resolve.pass')));
    sel.addEventListener('change', () => {
      missing = sel.value === 'pass' ? 'pass' : 'bot';
      // The same choice applies when the timer runs out (the quarter then resolves by itself).
      conn?.send('timer', { action: 'missing', missing });
    });
    return el(
      'section',
      { class: 'stack' },
      el('div', { class: 'net-field' }, el('label', { attrs: { for: 'class-resolve-missing' } }, t('net.resolve.missing')), sel),
      el('button', { class: 'btn btn-primary btn-wide', testid: 'class-resolve', attrs: { type: 'button' }, on: { click: () => conn?.send('resolve', { missing }) } }, t('net.resolve')),
    );
  };

  const injectBox = (scenario: Scenario): HTMLElement | null => {
    const cards = scenario.eventDeck.cards;
    if (cards.length === 0) return null;
    const sel = el('select', { testid: 'class-inject-card', attrs: { id: 'class-inject-card' } });
    for (const c of cards) sel.append(el('option', { attrs: { value: c.id } }, c.headline[lang()]));
    return el(
      'section',
      { class: 'stack' },
      el('div', { class: 'net-field' }, el('label', { attrs: { for: 'class-inject-card' } }, t('net.inject.label')), sel),
      el('button', { class: 'btn', testid: 'class-inject', attrs: { type: 'button' }, on: { click: () => conn?.send('inject', { cardId: sel.value }) } }, t('net.inject.button')),
    );
  };

  const nameOf = (pub: PublicInfo, scenario: Scenario, id: string): string => {
    const seat = pub.seats.find((s) => s.playerId === id);
    const company = scenario.companies.find((c) => c.id === id)?.name ?? id;
    return seat?.teamName ? `${seat.teamName} (${company})` : company;
  };

  const results = (pub: PublicInfo, scenario: Scenario): HTMLElement => {
    const r = pub.result;
    const box = el('section', { class: 'stack net-results', testid: 'class-results' });
    if (!r) return box;
    const market = el('table', { class: 'net-table' }, el('thead', {}, el('tr', {}, el('th', {}, t('net.reveal.sku')), el('th', {}, t('net.reveal.sold')), el('th', {}, t('net.reveal.price')), el('th', {}, t('net.reveal.winners')))));
    const body = el('tbody');
    for (const c of r.clearing) {
      const winners = c.bids.filter((b) => !b.other && b.filled > 0).map((b) => `${nameOf(pub, scenario, b.bidder)}: ${units(b.filled)}`);
      body.append(el('tr', {}, el('th', { attrs: { scope: 'row' } }, scenario.skus.find((s) => s.id === c.sku)?.name ?? c.sku), el('td', {}, `${units(c.sold)} / ${units(c.supply)}`), el('td', {}, money(c.clearingPrice)), el('td', {}, winners.join(', ') || t('net.reveal.none'))));
    }
    market.append(body);
    // With a par the standings rank by score against par: show that column, or the order looks wrong.
    const hasPar = r.standings.some((s) => s.margin !== null);
    const standings = el('table', { class: 'net-table', testid: 'class-standings' }, el('thead', {}, el('tr', {}, el('th', {}, t('net.standings.rank')), el('th', {}, t('net.standings.team')), el('th', {}, t('net.standings.score')), hasPar ? el('th', {}, t('classroom.final.par')) : null)));
    const sb = el('tbody');
    for (const s of r.standings) sb.append(el('tr', {}, el('td', {}, String(s.rank)), el('th', { attrs: { scope: 'row' } }, nameOf(pub, scenario, s.playerId)), el('td', {}, score(s.score)), hasPar ? el('td', {}, s.margin === null ? '' : margin(s.margin)) : null));
    standings.append(sb);
    box.append(el('div', { class: 'net-table-wrap' }, market), el('h2', {}, t('net.standings')), el('div', { class: 'net-table-wrap' }, standings));
    return box;
  };

  const exportButton = (s: NetState, code: string): HTMLElement | null => {
    const r = s.record;
    if (!r) return null;
    // Named as any exported game (src/store/slices/ui.ts): scenario, seed, the teams' names, the quarter; so each
    // class's file has its own name in Compare groups.
    const named = recordNames.safeParse(r);
    const where = s.scenario && s.pub ? `-${quarterLabel(s.scenario, s.pub.quarter).replace(/\s+/g, '')}` : '';
    const fileName = named.success
      ? `gpurace-${named.data.scenario.id.replace(/[^A-Za-z0-9_-]/g, '')}-${named.data.seed.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24) || code}${teamsPart(teamNames(named.data.seats))}${where}.gpurace.json`
      : `gpurace-class-${code}.gpurace.json`;
    return el(
      'button',
      {
        class: 'btn btn-wide',
        testid: 'class-export',
        attrs: { type: 'button' },
        on: {
          click: () => {
            const blob = new Blob([JSON.stringify(r, null, 2)], { type: 'application/json' });
            const a = el('a', { attrs: { href: URL.createObjectURL(blob), download: fileName } });
            a.click();
            setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
          },
        },
      },
      t('net.export'),
    );
  };

  const render = (s: NetState): void => {
    status.textContent = s.reconnecting ? t('net.reconnecting') : (s.error ?? '');
    const pub = s.pub;
    const scenario = s.scenario;
    if (!pub || !scenario) return;
    timerAt = { remaining: pub.timer.remainingMs, at: performance.now(), status: pub.timer.status };
    missing = pub.timer.missing;
    const seatsKey = pub.seats.map((x) => `${x.kind}${x.teamName ?? ''}${x.connected}${x.sealed}`).join(',');
    const key = [lang(), pub.quarter, pub.phase, pub.timer.status, pub.revealedQuarter, shownReveal, seatsKey, s.record ? 1 : 0].join('|');
    if (key === lastKey) return;
    lastKey = key;
    const phaseText = pub.phase === 'gameOver' ? t('net.phase.over') : t(pub.phase === 'orders' ? 'net.phase.orders' : 'net.phase.reveal', { quarter: quarterLabel(scenario, pub.quarter) });
    const parts: (HTMLElement | null)[] = [el('h2', { class: 'net-phase', testid: 'class-phase' }, phaseText), joinBox(pub.code), seatsTable(pub, scenario)];
    if (pub.phase === 'orders') parts.push(timerBox(pub), resolveBox(), injectBox(scenario));
    else {
      const shown = shownReveal >= pub.quarter || pub.revealedQuarter >= pub.quarter || pub.phase === 'gameOver';
      if (!shown) {
        parts.push(
          el('p', { class: 'muted' }, t('net.reveal.hint')),
          el(
            'button',
            {
              class: 'btn btn-primary btn-wide',
              testid: 'class-reveal',
              attrs: { type: 'button' },
              on: {
                click: () => {
                  shownReveal = pub.quarter;
                  lastKey = '';
                  render(conn?.state ?? s);
                  conn?.send('revealed', { quarter: pub.quarter });
                },
              },
            },
            t('net.reveal.show'),
          ),
        );
      } else {
        parts.push(results(pub, scenario));
        if (pub.phase === 'reveal') {
          const last = pub.quarter + 1 >= scenario.quarters;
          // Continue only after the server has the reveal as shown (a second guard against a skipped reveal).
          parts.push(el('button', { class: 'btn btn-primary btn-wide', testid: 'class-continue', attrs: { type: 'button', disabled: pub.revealedQuarter < pub.quarter }, on: { click: () => conn?.send('continue', { quarter: pub.quarter }) } }, last ? t('net.finish') : t('net.continue')));
        }
        parts.push(exportButton(s, pub.code));
      }
    }
    main.replaceChildren(...parts.filter((x): x is HTMLElement => x !== null));
    updateClock();
  };

  const saved = ((): CreateResponse | null => {
    try {
      const r = createAnswer.safeParse(JSON.parse(localStorage.getItem(FAC_KEY) ?? 'null'));
      return r.success ? r.data : null;
    } catch {
      return null;
    }
  })();
  if (resumeCode && saved?.code === resumeCode) void connect(saved.code, saved.token).catch(() => void createForm());
  else void createForm();

  return () => {
    clearInterval(tick);
    conn?.close();
  };
}
