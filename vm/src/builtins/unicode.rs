//! Character properties and case mappings with CPython 3.11's answers:
//! the predicates behind `str.isalpha()` and friends, whitespace and line
//! boundaries as `split()` and `splitlines()` see them, and the case
//! mappings of `title()`, `capitalize()`, `swapcase()` and `casefold()`.
//!
//! Rust's `char` methods use slightly different Unicode properties (for
//! example `is_alphabetic` includes combining marks, `is_numeric` misses CJK
//! numerals), so the predicates read tables generated from CPython's
//! `unicodedata` (`unicode_tables.rs`). Lower and upper case use Rust's full
//! mappings, which agree with CPython's.

use super::unicode_tables as t;

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn in_map(map: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    map.binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| map[i].1)
}

/// `str.isspace()` for one character; also the separators of `split()` and
/// the characters `strip()` removes.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        )
    } else {
        in_table(t::SPACE, c)
    }
}

/// A line boundary for `splitlines()`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        in_table(t::ALPHA, c)
    }
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(t::DECIMAL, c)
    }
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(t::DIGIT, c)
    }
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_digit()
    } else {
        in_table(t::NUMERIC, c)
    }
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// A titlecase letter (category Lt, e.g. `ǅ`).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && in_table(t::TITLE, c)
}

/// Cased: has an upper, lower or title case form.
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_title(c)
}

fn is_case_ignorable(c: char) -> bool {
    in_table(t::CASE_IGNORABLE, c)
}

pub fn is_id_start(c: char) -> bool {
    if c.is_ascii() {
        c == '_' || c.is_ascii_alphabetic()
    } else {
        in_table(t::ID_START, c)
    }
}

pub fn is_id_continue(c: char) -> bool {
    if c.is_ascii() {
        c == '_' || c.is_ascii_alphanumeric()
    } else {
        in_table(t::ID_CONTINUE, c)
    }
}

pub fn is_printable(c: char) -> bool {
    crate::format::repr_str::is_printable(c)
}

/// Appends the titlecase form of `c`.
pub fn push_title(out: &mut String, c: char) {
    match in_map(t::TITLE_MAP, c) {
        Some(s) => out.push_str(s),
        None => out.extend(c.to_uppercase()),
    }
}

pub fn push_upper(out: &mut String, c: char) {
    out.extend(c.to_uppercase());
}

/// Appends the lowercase form of `chars[i]`, with the final-sigma rule
/// (`Σ` at the end of a word becomes `ς`) as CPython applies it.
pub fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        out.extend(c.to_lowercase());
    }
}

fn final_sigma(chars: &[char], i: usize) -> bool {
    let before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c));
    let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c));
    before.is_some_and(|c| is_cased(*c)) && !after.is_some_and(|c| is_cased(*c))
}

/// Appends the case folding of `c` (`casefold()`).
pub fn push_fold(out: &mut String, c: char) {
    match in_map(t::FOLD_MAP, c) {
        Some(s) => out.push_str(s),
        None => out.extend(c.to_lowercase()),
    }
}
