// The processes the suite starts (Xvfb, WebKitWebDriver and its MiniBrowser, Firefox,
// Chromium), each in a process group of its own, so that stopping one stops everything it
// started. Whatever happens (a failure, an exception, Ctrl+C, a timeout), every group is
// ended before the suite exits, and the suite says so.

import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

const groups = new Map(); // pid -> name
let ledger = null; // a file listing the groups, for the next run if this one is killed

function record() {
  if (!ledger) return;
  const entries = [...groups.entries()].map(([pid, name]) => ({ pid, name, command: commandOf(pid) }));
  try {
    writeFileSync(ledger, JSON.stringify(entries));
  } catch {
    // not worth failing a run for
  }
}

function commandOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
  } catch {
    return null;
  }
}

/**
 * Keeps the list of running groups in `file`, and first ends the groups a previous run
 * left there if it was killed outright (SIGKILL leaves no time to clean up): only those
 * whose process still runs the same program, so a reused pid is never touched.
 */
export async function useLedger(file) {
  ledger = file;
  const ended = [];
  if (existsSync(file)) {
    let entries = [];
    try {
      entries = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      entries = [];
    }
    for (const { pid, name, command } of entries) {
      if (command && commandOf(pid) === command) {
        groups.set(pid, name);
        await stop(pid);
        ended.push(name);
      }
    }
  }
  groups.clear();
  record();
  return ended;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Remembers a process group started elsewhere (a browser puppeteer launched). */
export function adopt(name, pid) {
  if (pid) groups.set(pid, name);
  record();
}

/** Starts `command` in a group of its own; its output goes to `log`. */
export function start(name, command, args, { env = process.env, log, extraFd = false } = {}) {
  const out = log ? openSync(log, 'a') : 'ignore';
  const stdio = ['ignore', out, out];
  if (extraFd) stdio.push('pipe');
  const child = spawn(command, args, { detached: true, stdio, env });
  if (typeof out === 'number') closeSync(out);
  groups.set(child.pid, name);
  record();
  child.on('exit', () => {
    if (!alive(child.pid)) groups.delete(child.pid);
  });
  return child;
}

/** Ends a group: SIGTERM, then SIGKILL after `grace` ms. */
export async function stop(pid, grace = 3000) {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    groups.delete(pid);
    record();
    return;
  }
  const deadline = Date.now() + grace;
  while (alive(pid) && Date.now() < deadline) await sleep(50);
  if (alive(pid)) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // ended meanwhile
    }
    while (alive(pid)) await sleep(50);
  }
  groups.delete(pid);
  record();
}

/** Ends every group still running; returns the names of those that had to be ended. */
export async function stopAll() {
  const left = [...groups.entries()].filter(([pid]) => alive(pid));
  await Promise.all(left.map(([pid]) => stop(pid)));
  groups.clear();
  record();
  return left.map(([, name]) => name);
}

// Last resort, if the suite exits without its cleanup (an exception inside a handler).
process.on('exit', () => {
  for (const pid of groups.keys()) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/** A free TCP port on 127.0.0.1, chosen by the system. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns true or `timeout` ms have passed. */
export async function until(what, check, timeout) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch (error) {
      last = error;
    }
    await sleep(100);
  }
  throw new Error(`${what} within ${timeout / 1000} s${last ? ` (${String(last.message ?? last).split('\n')[0]})` : ''}`);
}

/**
 * Starts Xvfb on a display it chooses itself (-displayfd), for MiniBrowser, which has no
 * headless mode. Returns { pid, display }.
 */
export async function startXvfb(binary, log) {
  const child = start('Xvfb', binary, ['-displayfd', '3', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp', '-noreset'], {
    log,
    extraFd: true,
  });
  const display = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not report its display within 15 s')), 15_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (code ${code}) before it started; see ${log}`));
    });
    child.stdio[3].on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
  });
  child.removeAllListeners('exit');
  child.stdio[3].destroy();
  return { pid: child.pid, display };
}
