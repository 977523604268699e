#!/usr/bin/env python3
"""Where the bytes of a wasm module go: code by crate (and by module of our own
crates), and the data segments, raw and as gzip would send each part alone.

    scripts/bytes [bin]      builds `bin` (default peer-compass) with names kept,
                             as the release build but unstripped, then reports

twiggy (crates.io) cannot read these modules (reference types, bulk memory), so
this reads the module's sections itself: the code section's function bodies,
named by the `name` section that an unstripped build keeps, and the data section.
The release build in dist/ is the same code without the names.
"""
import collections
import gzip
import re
import sys


def leb(data, p):
    result = shift = 0
    while True:
        byte = data[p]
        p += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, p


def sections(data):
    """(id, start, end) of each section of a wasm module."""
    assert data[:4] == b"\0asm", "not a wasm module"
    p = 8
    while p < len(data):
        kind = data[p]
        size, p = leb(data, p + 1)
        yield kind, p, p + size
        p += size


def functions(data):
    """[(index, body bytes)] and {index: name}."""
    imported = 0
    bodies, names = [], {}
    for kind, start, end in sections(data):
        if kind == 2:  # imports: functions among them take the first indices
            count, p = leb(data, start)
            for _ in range(count):
                for _ in range(2):  # module and field names
                    n, p = leb(data, p)
                    p += n
                desc = data[p]
                p += 1
                if desc == 0:
                    _, p = leb(data, p)
                    imported += 1
                elif desc == 1:
                    p += 1
                    flags, p = leb(data, p)
                    _, p = leb(data, p)
                    if flags & 1:
                        _, p = leb(data, p)
                elif desc == 2:
                    flags, p = leb(data, p)
                    _, p = leb(data, p)
                    if flags & 1:
                        _, p = leb(data, p)
                elif desc == 3:
                    p += 2
                else:
                    raise ValueError(f"import kind {desc}")
        elif kind == 10:
            count, p = leb(data, start)
            for i in range(count):
                size, p = leb(data, p)
                bodies.append((imported + i, data[p : p + size]))
                p += size
        elif kind == 0:
            n, p = leb(data, start)
            if data[p : p + n] != b"name":
                continue
            p += n
            while p < end:
                sub = data[p]
                size, p = leb(data, p + 1)
                if sub == 1:
                    count, q = leb(data, p)
                    for _ in range(count):
                        index, q = leb(data, q)
                        n, q = leb(data, q)
                        names[index] = data[q : q + n].decode("utf8", "replace")
                        q += n
                p += size
    return bodies, names


def demangle(name):
    """`_ZN4core3fmt5write17h…E` → `core::fmt::write` (legacy mangling)."""
    m = re.fullmatch(r"_ZN(.*)E", name)
    if not m:
        return name
    rest, parts = m.group(1), []
    while rest and rest[0].isdigit():
        n = re.match(r"\d+", rest).group(0)
        parts.append(rest[len(n) : len(n) + int(n)])
        rest = rest[len(n) + int(n) :]
    parts = [p for p in parts if not re.fullmatch(r"h[0-9a-f]{16}", p)]
    text = "::".join(parts)
    for a, b in (("$LT$", "<"), ("$GT$", ">"), ("$u20$", " "), ("$C$", ","), ("..", "::"), ("$RF$", "&")):
        text = text.replace(a, b)
    return text


OURS = {"peer_compass": "widget", "peer_compass_core": "core", "peer_compass_trainer": "trainer"}


def owner(name):
    """The crate a function belongs to, and for our crates the module: what
    name its path starts with, or, for a trait impl, the type's crate."""
    text = name.lstrip("<").replace("&", "").replace("mut ", "")
    crate = re.split(r"::|<| as ", text, maxsplit=1)[0].strip() or "?"
    if " as " in text and "::" not in text.split(" as ")[0]:
        # `<u8 as core::fmt::Debug>`, `<T as alloc::…>`: the trait's crate.
        crate = re.split(r"::|<", text.split(" as ", 1)[1], maxsplit=1)[0].strip()
    crate = crate.split("[")[0]  # `core[c5930c85a12de822]`: std's own symbols
    for ours, label in OURS.items():
        if crate == ours:
            module = text.split("::")[1] if text.count("::") > 1 else ""
            return f"{label}::{module}" if module and module[0].islower() else label
    if crate in ("core", "alloc", "std") or crate.endswith(">") or crate in ("str", "char", "T", "A", "I"):
        return "std (core, alloc, std)"
    return crate


def report(path, top=25):
    data = open(path, "rb").read()
    bodies, names = functions(data)
    code = collections.defaultdict(bytearray)
    for index, body in bodies:
        code[owner(demangle(names.get(index, f"f{index}")))] += body
    data_bytes = b"".join(data[s:e] for k, s, e in sections(data) if k == 11)
    gz = lambda b: len(gzip.compress(bytes(b), 9))
    total = sum(len(b) for b in code.values())
    print(f"{path}: {len(data):,} bytes, {gz(data):,} gzip")
    print(f"{'code by crate or module':<32}{'raw':>9}{'gzip alone':>12}")
    for name, body in sorted(code.items(), key=lambda kv: -len(kv[1]))[:top]:
        print(f"  {name:<30}{len(body):>9,}{gz(body):>12,}")
    print(f"  {'all code':<30}{total:>9,}{gz(b''.join(code.values())):>12,}")
    print(f"  {'data (text, tables, styles)':<30}{len(data_bytes):>9,}{gz(data_bytes):>12,}")
    if not names:
        print("(no names: build without stripping to see crates)")


if __name__ == "__main__":
    report(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25)
