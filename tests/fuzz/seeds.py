#!/usr/bin/env python3
"""Write well-formed inputs for fuzz_xlate into DIR, one per object kind,
in the encoding fuzz_xlate.c decodes: a start the fuzzer mutates from
rather than having to find a valid _PSD or _CST byte by byte.

    seeds.py DIR
"""
import os
import struct
import sys

PSS, PCT, PSD, PPC, CST = range(5)


def integer(value):
    if value < 0x10000:
        return bytes([0]) + struct.pack(">H", value)
    return bytes([4]) + struct.pack(">Q", value)


def buffer(data):
    return bytes([1, len(data)]) + data


def package(*elements):
    if len(elements) < 32:
        head = bytes([2 | len(elements) << 3])
    else:
        head = bytes([6]) + struct.pack(">H", len(elements))
    return head + b"".join(elements)


def register(space, width, address):
    """A Generic Register descriptor and the end tag, as ResourceTemplate builds it."""
    return buffer(struct.pack("<BHBBBBQ", 0x82, 12, space, width, 0, 0, address) + b"\x79\x00")


def seeds():
    io, ffh = 1, 0x7F
    yield "pss", PSS, package(*(package(*(integer(v) for v in (mhz, mhz * 8, 10, 10, i, i)))
                                 for i, mhz in enumerate((2800, 2400, 2000))))
    yield "pct", PCT, package(register(ffh, 64, 0x199), register(ffh, 64, 0x198))
    for name, coord in (("psd-all", 0xFC), ("psd-any", 0xFD), ("psd-hw", 0xFE)):
        yield name, PSD, package(package(*(integer(v) for v in (5, 0, 1, coord, 2))))
    yield "ppc", PPC, integer(1)
    yield "cst", CST, package(integer(3),
                              package(register(ffh, 1, 0), integer(1), integer(1), integer(1000)),
                              package(register(io, 8, 0x814), integer(2), integer(50), integer(500)),
                              package(register(io, 8, 0x815), integer(3), integer(150), integer(250)))


def main():
    os.makedirs(sys.argv[1], exist_ok=True)
    for name, kind, body in seeds():
        # Byte 1: the P-states _PPC is checked against.
        with open(os.path.join(sys.argv[1], f"seed-{name}"), "wb") as f:
            f.write(bytes([kind, 3]) + body)


if __name__ == "__main__":
    main()
