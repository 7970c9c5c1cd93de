/** The share-link codec: round trips, compact enough, and refuses cut, edited or bomb links with a clear message. */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { botOrders } from '../../src/ai';
import { loadScenario } from '../../src/cli/load';
import { decodeLinkPayload, encodeLinkPayload, linkFragment, MAX_INFLATED_BYTES } from '../../src/replay/link';
import { playGame } from '../../src/replay/session';
import { verifyRecord } from '../../src/replay/verify';

const scenario = loadScenario('scenarios/2024-hopper-scramble.json');
const game = playGame(scenario, 'link-test', (s, p) => botOrders(s, p, 'easy'), {
  seats: scenario.companies.map((c, i) => (i === 0 ? { playerId: c.id, kind: 'human' as const } : { playerId: c.id, kind: 'bot' as const, level: 'easy' })),
});
const record = { ...game.record, createdAt: '2026-11-29T10:00:00.000Z' };

describe('share links', () => {
  it('round-trip a whole base-scenario game (every action and checkpoint; rationales are re-derived, not sent)', () => {
    const r = decodeLinkPayload(linkFragment(record));
    if (!r.ok) throw new Error(r.error);
    const { rationales: _dropped, ...rest } = record;
    expect(r.record).toEqual(rest);
    expect(verifyRecord(r.record, scenario).ok).toBe(true);
  });

  it('fit in well under 4,000 characters for a whole base game', () => {
    expect(linkFragment(record).length).toBeLessThan(4000);
  });

  it('accept the payload with or without "#replay="', () => {
    const p = encodeLinkPayload(record);
    expect(decodeLinkPayload(`#replay=${p}`).ok).toBe(true);
    expect(decodeLinkPayload(p).ok).toBe(true);
  });

  it('a cut link says it was cut', () => {
    const p = encodeLinkPayload(record);
    const r = decodeLinkPayload(p.slice(0, Math.floor(p.length * 0.6)));
    expect(!r.ok && r.error).toMatch(/^share link: .*(cut|edited)/);
  });

  it('an edited link is refused with a reason', () => {
    const p = encodeLinkPayload(record);
    for (const at of [10, 200, p.length - 30]) {
      const c = p[at] === 'A' ? 'B' : 'A';
      const r = decodeLinkPayload(p.slice(0, at) + c + p.slice(at + 1));
      // Either it no longer unpacks, or it unpacks to something the record schema or the replay refuses.
      if (r.ok) expect(verifyRecord(r.record, scenario).ok).toBe(false);
      else expect(r.error).toMatch(/^share link: /);
    }
    expect(decodeLinkPayload('abc$%^').ok).toBe(false);
    expect(decodeLinkPayload('').ok).toBe(false);
  });

  it('a zip bomb is refused before it is unpacked whole', () => {
    const bomb = deflateSync(new Uint8Array(MAX_INFLATED_BYTES * 4), { level: 9 });
    const payload = Buffer.from(bomb).toString('base64url');
    expect(payload.length).toBeLessThan(20_000);
    const r = decodeLinkPayload(payload);
    expect(!r.ok && r.error).toMatch(/unpacks to more than 2,000,000 bytes; refused/);
  });

  it('a future link layout asks for an update', () => {
    const p = Buffer.from(deflateSync(new TextEncoder().encode('[99]'))).toString('base64url');
    expect(!decodeLinkPayload(p).ok && (decodeLinkPayload(p) as { error: string }).error).toMatch(/layout 99 .*update the game/);
  });
});
