import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { basename } from 'node:path';
import { MAX_RECORD_BYTES, parseRecordText } from '../replay/parse';
import type { GameRecord } from '../replay/record';
import { MAX_SCENARIO_BYTES, parseScenarioText, formatIssues } from '../scenario';
import type { Scenario } from '../engine';
import { CliError } from './args';

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads a text file of at most `maxBytes` bytes, or throws a CliError naming the file and the reason. Only
 * regular files are read: the file is opened without blocking (a named pipe with no writer would otherwise
 * wait forever), checked with fstat (pipes, devices such as /dev/zero, directories and sockets are refused),
 * its size checked against the cap, and read into a buffer of the cap's size at most, so a file that grows
 * while it is read still cannot make the CLI read more.
 */
export function readText(file: string, maxBytes: number = MAX_RECORD_BYTES, what = 'file'): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new CliError(`cannot read ${file}: it is ${kindOf(st)}; a ${what} must be a regular file`);
    if (st.size > maxBytes) throw new CliError(`cannot read ${file}: it is ${st.size.toLocaleString('en-US')} bytes; a ${what} is at most ${maxBytes.toLocaleString('en-US')}`);
    const buf = Buffer.alloc(Math.min(st.size, maxBytes) + 1);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, null);
      if (n === 0) break;
      got += n;
    }
    if (got > maxBytes) throw new CliError(`cannot read ${file}: it grew past ${maxBytes.toLocaleString('en-US')} bytes while being read; a ${what} is at most that`);
    return buf.toString('utf8', 0, got);
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  } finally {
    closeSync(fd);
  }
}

/** Reads and parses a game record file, or throws a CliError saying what is wrong with it. */
export function loadRecord(file: string): GameRecord {
  const parsed = parseRecordText(readText(file, MAX_RECORD_BYTES, 'game record'), basename(file));
  if (!parsed.ok) throw new CliError(parsed.error);
  return parsed.record;
}

/** Reads and parses a scenario file, or throws a CliError listing every problem with its JSON path. */
export function loadScenario(file: string): Scenario {
  const r = parseScenarioText(readText(file, MAX_SCENARIO_BYTES, 'scenario file'), file);
  if (!r.ok) throw new CliError(`${file} is not a valid scenario:\n${formatIssues(r.errors)}`);
  return r.scenario;
}
