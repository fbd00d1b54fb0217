#!/usr/bin/env python3
"""Generates vm/src/builtins/unicode_tables.rs from CPython's unicodedata.

Run with CPython 3.11 (Unicode 14.0, the database the str predicates of
CPython 3.11 use):  python3 vm/tools/gen_unicode_tables.py
"""
import os
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
MAX = 0x110000


def ranges(pred):
    out, start = [], None
    for cp in range(MAX):
        if pred(chr(cp)):
            if start is None:
                start = cp
        elif start is not None:
            out.append((start, cp - 1))
            start = None
    if start is not None:
        out.append((start, MAX - 1))
    return out


def table(name, doc, rs):
    lines = [f"/// {doc}", f"pub static {name}: &[(u32, u32)] = &["]
    row = []
    for a, b in rs:
        row.append(f"(0x{a:X}, 0x{b:X}),")
        if len(row) == 6:
            lines.append("    " + " ".join(row))
            row = []
    if row:
        lines.append("    " + " ".join(row))
    lines.append("];")
    return "\n".join(lines)


def mapping(name, doc, pairs):
    lines = [f"/// {doc}", f"pub static {name}: &[(u32, &str)] = &["]
    for cp, s in pairs:
        esc = "".join(f"\\u{{{ord(c):X}}}" for c in s)
        lines.append(f"    (0x{cp:X}, \"{esc}\"),")
    lines.append("];")
    return "\n".join(lines)


# Word_Break MidLetter, MidNumLet and Single_Quote (Unicode 14).
MID_LETTER = set("'.:\u00b7\u0387\u055f\u05f4\u2018\u2019\u2024\u2027\ufe13\ufe52\ufe55\uff07\uff0e\uff1a")


def main():
    cat = unicodedata.category
    parts = [
        "//! Unicode tables for the `str` predicates, generated from CPython 3.11's",
        "//! `unicodedata` (Unicode 14.0) by `vm/tools/gen_unicode_tables.py`.",
        "//! Do not edit by hand: rerun the script.",
        "",
        table("ALPHA", "`str.isalpha`: categories Lu Ll Lt Lm Lo.", ranges(lambda c: c.isalpha())),
        table("DECIMAL", "`str.isdecimal`: category Nd.", ranges(lambda c: c.isdecimal())),
        table("DIGIT", "`str.isdigit`: Numeric_Type Digit or Decimal.", ranges(lambda c: c.isdigit())),
        table("NUMERIC", "`str.isnumeric`: any Numeric_Type.", ranges(lambda c: c.isnumeric())),
        table("SPACE", "`str.isspace`: bidi WS/B/S or category Zs.", ranges(lambda c: c.isspace())),
        table("CASE_IGNORABLE", "Case_Ignorable (Mn Me Cf Lm Sk and the word-break mid letters), for the final sigma.",
              ranges(lambda c: cat(c) in ("Mn", "Me", "Cf", "Lm", "Sk") or c in MID_LETTER)),
        table("TITLE", "Titlecase letters (category Lt).", ranges(lambda c: cat(c) == "Lt")),
        table("ID_START", "First character of an identifier (XID_Start and `_`).", ranges(lambda c: c.isidentifier())),
        table("ID_CONTINUE", "Later characters of an identifier (XID_Continue).",
              ranges(lambda c: ("a" + c).isidentifier())),
        mapping("TITLE_MAP", "Characters whose titlecase differs from their uppercase.",
                [(cp, chr(cp).title()) for cp in range(MAX)
                 if chr(cp).title() != chr(cp).upper() and cat(chr(cp)) != "Cs"]),
        mapping("FOLD_MAP", "Characters whose casefold differs from their lowercase.",
                [(cp, chr(cp).casefold()) for cp in range(MAX)
                 if chr(cp).casefold() != chr(cp).lower() and cat(chr(cp)) != "Cs"]),

        "",
    ]
    out = os.path.join(os.path.dirname(__file__), "..", "src", "builtins", "unicode_tables.rs")
    with open(out, "w") as f:
        f.write("\n".join(parts))



if __name__ == "__main__":
    main()
