// Which crates the bytes of a wasm come from, for `make bench`.
//
// The shipped wasm has no names (wasm-opt drops them), so the same module as wasm-bindgen
// wrote it (target/wasm-bindgen/release/<bin>_bg.wasm, names kept) is optimized again with
// the shipped flags plus -g, which keeps the names section. Each function body is then
// given to a crate by its (demangled) name, and each crate's bodies are compressed
// together; the shares are scaled so that they add up to the shipped file's brotli size.
// After LTO, code inlined from one crate into another counts for the caller, so the
// figures say where the bytes are, not what removing a crate would save exactly.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotli } from './compress.mjs';

/** Reads an unsigned LEB128 at `at`; returns [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function readName(bytes, at) {
  const [length, start] = leb(bytes, at);
  return [new TextDecoder().decode(bytes.subarray(start, start + length)), start + length];
}

/** The module's function bodies (with their names where the names section has them) and its data. */
export function parseWasm(bytes) {
  let at = 8;
  let imported = 0;
  const bodies = [];
  const names = new Map();
  let data = new Uint8Array(0);
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    const end = start + size;
    if (id === 2) {
      // Imports: functions among them come first in the index space.
      let [count, p] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        [, p] = readName(bytes, p);
        [, p] = readName(bytes, p);
        const kind = bytes[p++];
        if (kind === 0) {
          imported++;
          [, p] = leb(bytes, p);
        } else if (kind === 1) {
          p += 1;
          const flags = bytes[p++];
          [, p] = leb(bytes, p);
          if (flags & 1) [, p] = leb(bytes, p);
        } else if (kind === 2) {
          const flags = bytes[p++];
          [, p] = leb(bytes, p);
          if (flags & 1) [, p] = leb(bytes, p);
        } else if (kind === 3) {
          p += 2;
        } else {
          [, p] = leb(bytes, p + 1);
        }
      }
    } else if (id === 10) {
      let [count, p] = leb(bytes, start);
      for (let i = 0; i < count; i++) {
        const [length, body] = leb(bytes, p);
        bodies.push({ index: imported + i, bytes: bytes.subarray(body, body + length) });
        p = body + length;
      }
    } else if (id === 11) {
      data = bytes.subarray(start, end);
    } else if (id === 0) {
      const [name, p] = readName(bytes, start);
      if (name === 'name') {
        let q = p;
        while (q < end) {
          const kind = bytes[q];
          const [length, sub] = leb(bytes, q + 1);
          if (kind === 1) {
            let [count, r] = leb(bytes, sub);
            for (let i = 0; i < count; i++) {
              let index;
              let fn;
              [index, r] = leb(bytes, r);
              [fn, r] = readName(bytes, r);
              names.set(index, fn);
            }
          }
          q = sub + length;
        }
      }
    }
    at = end;
  }
  return { bodies: bodies.map((body) => ({ ...body, name: names.get(body.index) ?? '' })), data };
}

// Crates named as people know them: several crates of one family count as one.
const FAMILIES = [
  [/^(leptos\w*|tachys|reactive_graph|reactive_stores\w*|any_spawner|throw_error|or_poisoned|hydration_context|server_fn|oco_ref|next_tuple|either_of|send_wrapper|slotmap)$/, 'leptos (tachys, reactive_graph…)'],
  // zmij writes floats for serde_json.
  [/^(serde_json|zmij)$/, 'serde_json'],
  [/^serde_path_to_error$/, 'serde_path_to_error'],
  [/^serde(_core|_derive)?$/, 'serde (and derived code)'],
  [/^gloo\w*$/, 'gloo'],
  [/^wasm_bindgen\w*$/, 'wasm-bindgen (glue and exports)'],
  [/^js_sys$/, 'js-sys'],
  [/^web_sys$/, 'web-sys'],
  [/^(core|alloc|std|dlmalloc|compiler_builtins|hashbrown|rustc_demangle|memchr|itoa|ryu|__rustc)$/, 'Rust std (core, alloc, formatting)'],
  [/^(indexmap|futures\w*|wasm_streams|guardian|pin_project\w*|paste|const_str_slice_concat|rustc_hash)$/, 'leptos (tachys, reactive_graph…)'],
  [/^lhs_roadmap$/, 'lhs-roadmap (this app)'],
];

/** The crate a demangled function name belongs to, by family. */
export function crateOf(name) {
  if (!name) return 'unnamed (made by wasm-opt)';
  // wasm-bindgen's glue: shims, the externref table, the exported classes of crates
  // (wasm-streams' `IntoUnderlying…`, which Leptos's server_fn brings).
  if (/^__wbindgen|^__externref|externref shim$|^Closure\(|^intounderlying/.test(name)) return 'wasm-bindgen (glue and exports)';
  // Crate names may carry a disambiguating hash: `core[c5930c85a12de822]::fmt`.
  const paths = [...name.matchAll(/(?:^|[<(,&\s*])([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/g)].map((match) => match[1]);
  // A generic from the standard library instantiated for another crate's type is that
  // crate's cost (drop glue, closures, iterator adapters).
  const own = paths.find((path) => !/^(core|alloc|std)$/.test(path));
  const crate = own ?? paths[0];
  // Derived (de)serializers live in our modules, but they are serde's code.
  if (crate === 'lhs_roadmap' && /(serde(_core)?(\[[0-9a-f]+\])?::(de|ser)::|_serde::|__Visitor|__Field)/.test(name)) {
    return 'serde (and derived code)';
  }
  // Methods of primitive types (`<u32 as core::fmt::Display>`, `<char>::is_alphanumeric`)
  // and the C library's helpers (memcmp, fmin) are the standard library's.
  if (!crate) return /^</.test(name) || /^[a-z_0-9]+$/.test(name) ? 'Rust std (core, alloc, formatting)' : 'unnamed (made by wasm-opt)';
  for (const [pattern, family] of FAMILIES) if (pattern.test(crate)) return family;
  return `other (${crate})`;
}

/**
 * The brotli bytes of `shipped` (the file in dist/) per crate, estimated from `named`
 * (the same module before wasm-opt, with names), optimized with `flags`.
 */
export function crateShares(named, shipped, flags) {
  const dir = mkdtempSync(join(tmpdir(), 'crates-'));
  try {
    const out = join(dir, 'named.wasm');
    execFileSync('wasm-opt', [named, '-o', out, ...flags, '-g'], { stdio: 'ignore' });
    const { bodies, data } = parseWasm(readFileSync(out));
    const groups = new Map();
    for (const body of bodies) {
      const crate = crateOf(body.name);
      if (!groups.has(crate)) groups.set(crate, []);
      groups.get(crate).push(body.bytes);
    }
    const rows = [...groups].map(([crate, parts]) => {
      const joined = Buffer.concat(parts);
      return { crate, raw: joined.length, br: brotli(joined).length };
    });
    rows.push({ crate: 'data (texts, tables)', raw: data.length, br: brotli(data).length });
    const total = brotli(readFileSync(shipped)).length;
    const sum = rows.reduce((acc, row) => acc + row.br, 0);
    for (const row of rows) row.share = (row.br * total) / sum;
    rows.sort((a, b) => b.share - a.share);
    return { rows, total };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The flags Trunk gave wasm-opt for `page` (index.html's data-wasm-opt and its params). */
export function shippedFlags(page) {
  const html = readFileSync(page, 'utf8');
  const link = html.match(/<link[^>]*rel="rust"[^>]*>/s)?.[0] ?? '';
  const level = link.match(/data-wasm-opt="(\w+)"/)?.[1] ?? 'z';
  const params = link.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '';
  return [`-O${level}`, ...params.split(/\s+/).filter(Boolean)];
}

export function namedWasm(bin) {
  const path = join('target', 'wasm-bindgen', 'release', `${bin}_bg.wasm`);
  return existsSync(path) ? path : null;
}
