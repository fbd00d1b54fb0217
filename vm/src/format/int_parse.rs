//! `int(s, base)` and `float(s)` on strings, with CPython 3.11's rules.
//!
//! Both first map the text to ASCII as
//! `_PyUnicode_TransformDecimalAndSpaceToASCII` does: Unicode whitespace
//! becomes a space and every Unicode decimal digit (`'٣'`, `'３'`) its ASCII
//! digit. Then:
//!
//! * `int` (`PyLong_FromString`): surrounding whitespace, one sign, for
//!   base 0 a `0x`/`0o`/`0b` prefix or plain decimal (where a leading zero
//!   is only allowed if the value is zero: `"0_0"` yes, `"0123"` no), the
//!   matching prefix also in bases 16/8/2, single underscores between
//!   digits and after a prefix, and the 4300-digit limit for bases that
//!   are not powers of two.
//! * `float` (`float_from_string_inner`): surrounding whitespace, single
//!   underscores only between digits, decimal syntax with optional point
//!   and exponent, `inf`/`infinity`/`nan` in any case with a sign, no hex.
//!   Overflow gives an infinity, as in CPython.
//!
//! Messages are the VM's (`invalid literal for int() with base 10: '...'`).

use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// CPython's default `sys.get_int_max_str_digits()`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;

/// A parsed int: the `i64` fast path or a big one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParsedInt {
    Small(i64),
    Big(BigInt),
}

impl ParsedInt {
    /// The value as a `BigInt`, whichever form it has.
    pub fn to_bigint(&self) -> BigInt {
        match self {
            ParsedInt::Small(v) => BigInt::from(*v),
            ParsedInt::Big(v) => v.clone(),
        }
    }
}

/// Why `int(s, base)` failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntParseError {
    /// Not a literal in this base: "invalid literal for int() with base N".
    Invalid,
    /// More digits than the limit allows (base not a power of two):
    /// "Exceeds the limit (4300 digits) for integer string conversion:
    /// value has N digits; use sys.set_int_max_str_digits() to increase the limit".
    ExceedsDigitLimit { digits: usize },
}

/// `int(s, base)` for `base` 0 or 2..=36 (the VM rejects other bases),
/// with the default 4300-digit limit.
pub fn parse_int_literal(s: &str, base: u32) -> Result<ParsedInt, IntParseError> {
    parse_int_literal_with_limit(s, base, DEFAULT_MAX_STR_DIGITS)
}

/// [`parse_int_literal`] with another digit limit (0 means none).
pub fn parse_int_literal_with_limit(
    s: &str,
    base: u32,
    max_digits: usize,
) -> Result<ParsedInt, IntParseError> {
    assert!(
        base == 0 || (2..=36).contains(&base),
        "int() base must be 0 or 2..=36"
    );
    let text = to_ascii_numeric(s);
    let text = text.trim_matches(is_ascii_space);
    let (negative, text) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (base, zero_only) = resolve_base(text, base);
    let body = strip_prefix(text, base);
    let (digits, rest) = scan_digits(body, base).ok_or(IntParseError::Invalid)?;
    // CPython checks the limit before it looks at what follows the digits.
    if !base.is_power_of_two() && max_digits > 0 && digits.len() > max_digits {
        return Err(IntParseError::ExceedsDigitLimit {
            digits: digits.len(),
        });
    }
    if !rest.is_empty() {
        return Err(IntParseError::Invalid);
    }
    // Up to 18 decimal digits (or 15 hex, ...) always fit in an i64.
    if digits.len() <= 18 && base <= 10 || digits.len() <= 12 {
        let mut v: i64 = 0;
        for b in digits.bytes() {
            let d = (b as char).to_digit(base).ok_or(IntParseError::Invalid)?;
            v = v * base as i64 + d as i64;
        }
        if zero_only && v != 0 {
            return Err(IntParseError::Invalid);
        }
        return Ok(ParsedInt::Small(if negative { -v } else { v }));
    }
    let mut value = BigInt::parse_bytes(digits.as_bytes(), base).ok_or(IntParseError::Invalid)?;
    if zero_only && value != BigInt::from(0) {
        return Err(IntParseError::Invalid);
    }
    if negative {
        value = -value;
    }
    Ok(match value.to_i64() {
        Some(v) => ParsedInt::Small(v),
        None => ParsedInt::Big(value),
    })
}

/// Base 0 picks the base from the prefix; a decimal literal with a
/// leading zero must then be zero (the second value).
fn resolve_base(text: &str, base: u32) -> (u32, bool) {
    if base != 0 {
        return (base, false);
    }
    let bytes = text.as_bytes();
    if bytes.first() != Some(&b'0') {
        return (10, false);
    }
    match bytes.get(1).map(u8::to_ascii_lowercase) {
        Some(b'x') => (16, false),
        Some(b'o') => (8, false),
        Some(b'b') => (2, false),
        _ => (10, true),
    }
}

/// Removes a `0x`/`0o`/`0b` prefix that matches `base`, and one
/// underscore after it.
fn strip_prefix(text: &str, base: u32) -> &str {
    let bytes = text.as_bytes();
    let marker = match base {
        16 => b'x',
        8 => b'o',
        2 => b'b',
        _ => return text,
    };
    if bytes.len() >= 2 && bytes[0] == b'0' && bytes[1].to_ascii_lowercase() == marker {
        let rest = &text[2..];
        return rest.strip_prefix('_').unwrap_or(rest);
    }
    text
}

/// Scans the digits of `body` (`PyLong_FromString`'s first pass): the
/// digits without underscores and whatever follows them. `None` for a
/// leading, doubled or trailing underscore or for no digits at all.
fn scan_digits(body: &str, base: u32) -> Option<(String, &str)> {
    let mut digits = String::with_capacity(body.len());
    let mut prev_underscore = true; // no leading underscore
    let mut end = body.len();
    for (i, c) in body.char_indices() {
        if c == '_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
        } else if c.is_digit(base) {
            digits.push(c);
            prev_underscore = false;
        } else {
            end = i;
            break;
        }
    }
    (!digits.is_empty() && !prev_underscore).then_some((digits, &body[end..]))
}

/// `float(s)`: `None` when CPython raises ValueError.
pub fn parse_float(s: &str) -> Option<f64> {
    let text = to_ascii_numeric(s);
    let text = remove_float_underscores(&text)?;
    let text = text.trim_matches(is_ascii_space);
    let (negative, unsigned) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let magnitude = match unsigned.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ if is_decimal_float(unsigned) => unsigned.parse::<f64>().ok()?,
        _ => return None,
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// `_Py_string_to_number_with_underscores`: each `_` must sit between
/// two digits; the underscores are dropped.
fn remove_float_underscores(text: &str) -> Option<String> {
    if !text.contains('_') {
        return Some(text.to_string());
    }
    let mut out = String::with_capacity(text.len());
    let mut prev = '\0';
    for c in text.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(out)
}

/// `digits [. digits] [(e|E) [sign] digits]` with a digit in the mantissa.
fn is_decimal_float(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    let count_digits = |i: &mut usize| {
        let start = *i;
        while *i < bytes.len() && bytes[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa_digits = count_digits(&mut i);
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        mantissa_digits += count_digits(&mut i);
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(bytes.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if count_digits(&mut i) == 0 {
            return false;
        }
    }
    i == bytes.len()
}

/// C's `isspace` (`Py_ISSPACE`), applied after the Unicode mapping: the
/// separators U+001C..U+001F are `str.isspace` but not stripped here.
fn is_ascii_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
}

/// Code points that `str.isspace` accepts beyond ASCII (Unicode 14).
const UNICODE_SPACES: &[u32] = &[
    0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008,
    0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
];

/// The digit zero of every non-ASCII run of ten decimal digits (Nd) in
/// Unicode 14, CPython 3.11's database.
const UNICODE_DIGIT_ZEROS: &[u32] = &[
    0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
    0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50,
    0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode spaces become
/// `' '`, Unicode decimal digits their ASCII digit, anything else
/// non-ASCII `'?'` (which no parser accepts).
pub fn to_ascii_numeric(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mapped = s.chars().map(|c| {
        let code = c as u32;
        if c.is_ascii() {
            c
        } else if UNICODE_SPACES.contains(&code) {
            ' '
        } else {
            unicode_digit(code).map_or('?', |d| (b'0' + d) as char)
        }
    });
    std::borrow::Cow::Owned(mapped.collect())
}

/// The value of a non-ASCII Unicode decimal digit.
fn unicode_digit(code: u32) -> Option<u8> {
    let i = UNICODE_DIGIT_ZEROS.partition_point(|&zero| zero <= code);
    let zero = *UNICODE_DIGIT_ZEROS.get(i.checked_sub(1)?)?;
    (code - zero < 10).then(|| (code - zero) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_cases_match_cpython() {
        for &(text, base, want) in INT_CASES {
            let got = match parse_int_literal(text, base) {
                Ok(v) => v.to_bigint().to_string(),
                Err(_) => "!".to_string(),
            };
            assert_eq!(got, want, "int({text:?}, {base})");
        }
    }

    #[test]
    fn float_whitespace_is_c_isspace_after_mapping() {
        assert_eq!(parse_float("\x1c1.5"), None);
        assert_eq!(parse_float("1.5\u{85}"), Some(1.5));
        assert_eq!(parse_float("\u{a0}1"), Some(1.0));
    }

    #[test]
    fn small_and_big_forms() {
        assert_eq!(
            parse_int_literal("-9223372036854775808", 10),
            Ok(ParsedInt::Small(i64::MIN))
        );
        let big = parse_int_literal("9223372036854775808", 10).unwrap();
        assert!(matches!(big, ParsedInt::Big(_)));
    }

    #[test]
    fn digit_limit_matches_cpython() {
        let ones = "1".repeat(4301);
        assert_eq!(
            parse_int_literal(&ones, 10),
            Err(IntParseError::ExceedsDigitLimit { digits: 4301 })
        );
        assert!(parse_int_literal(&ones[1..], 10).is_ok());
        let zeros = "0".repeat(5000);
        assert_eq!(
            parse_int_literal(&zeros, 0),
            Err(IntParseError::ExceedsDigitLimit { digits: 5000 })
        );
        let trailing = "1".repeat(5000) + "x";
        assert_eq!(
            parse_int_literal(&trailing, 10),
            Err(IntParseError::ExceedsDigitLimit { digits: 5000 })
        );
        assert!(parse_int_literal(&"1".repeat(5000), 16).is_ok());
        assert!(parse_int_literal_with_limit(&ones, 10, 0).is_ok());
    }

    #[test]
    fn float_cases_match_cpython() {
        for &(text, want) in FLOAT_CASES {
            let got = parse_float(text).map(f64::to_bits);
            // NaN payloads aside, compare bit patterns.
            let normalize = |b: Option<u64>| {
                b.map(|b| {
                    if f64::from_bits(b).is_nan() {
                        b & (1 << 63) | 0x7ff8_0000_0000_0000
                    } else {
                        b
                    }
                })
            };
            assert_eq!(normalize(got), normalize(want), "float({text:?})");
        }
    }

    /// (text, base, CPython `int(text, base)` or `!` for ValueError).
    const INT_CASES: &[(&str, u32, &str)] = &[
        ("0", 0, "0"),
        ("0", 2, "0"),
        ("0", 8, "0"),
        ("0", 10, "0"),
        ("0", 16, "0"),
        ("0", 36, "0"),
        ("0", 3, "0"),
        ("0", 7, "0"),
        ("-0", 0, "0"),
        ("-0", 2, "0"),
        ("-0", 8, "0"),
        ("-0", 10, "0"),
        ("-0", 16, "0"),
        ("-0", 36, "0"),
        ("-0", 3, "0"),
        ("-0", 7, "0"),
        ("+0", 0, "0"),
        ("+0", 2, "0"),
        ("+0", 8, "0"),
        ("+0", 10, "0"),
        ("+0", 16, "0"),
        ("+0", 36, "0"),
        ("+0", 3, "0"),
        ("+0", 7, "0"),
        ("42", 0, "42"),
        ("42", 2, "!"),
        ("42", 8, "34"),
        ("42", 10, "42"),
        ("42", 16, "66"),
        ("42", 36, "146"),
        ("42", 3, "!"),
        ("42", 7, "30"),
        (" 42 ", 0, "42"),
        (" 42 ", 2, "!"),
        (" 42 ", 8, "34"),
        (" 42 ", 10, "42"),
        (" 42 ", 16, "66"),
        (" 42 ", 36, "146"),
        (" 42 ", 3, "!"),
        (" 42 ", 7, "30"),
        ("\u{9}-42\n", 0, "-42"),
        ("\u{9}-42\n", 2, "!"),
        ("\u{9}-42\n", 8, "-34"),
        ("\u{9}-42\n", 10, "-42"),
        ("\u{9}-42\n", 16, "-66"),
        ("\u{9}-42\n", 36, "-146"),
        ("\u{9}-42\n", 3, "!"),
        ("\u{9}-42\n", 7, "-30"),
        ("+ 1", 0, "!"),
        ("+ 1", 2, "!"),
        ("+ 1", 8, "!"),
        ("+ 1", 10, "!"),
        ("+ 1", 16, "!"),
        ("+ 1", 36, "!"),
        ("+ 1", 3, "!"),
        ("+ 1", 7, "!"),
        ("- 1", 0, "!"),
        ("- 1", 2, "!"),
        ("- 1", 8, "!"),
        ("- 1", 10, "!"),
        ("- 1", 16, "!"),
        ("- 1", 36, "!"),
        ("- 1", 3, "!"),
        ("- 1", 7, "!"),
        ("+-1", 0, "!"),
        ("+-1", 2, "!"),
        ("+-1", 8, "!"),
        ("+-1", 10, "!"),
        ("+-1", 16, "!"),
        ("+-1", 36, "!"),
        ("+-1", 3, "!"),
        ("+-1", 7, "!"),
        ("1_000", 0, "1000"),
        ("1_000", 2, "8"),
        ("1_000", 8, "512"),
        ("1_000", 10, "1000"),
        ("1_000", 16, "4096"),
        ("1_000", 36, "46656"),
        ("1_000", 3, "27"),
        ("1_000", 7, "343"),
        ("1__000", 0, "!"),
        ("1__000", 2, "!"),
        ("1__000", 8, "!"),
        ("1__000", 10, "!"),
        ("1__000", 16, "!"),
        ("1__000", 36, "!"),
        ("1__000", 3, "!"),
        ("1__000", 7, "!"),
        ("_1", 0, "!"),
        ("_1", 2, "!"),
        ("_1", 8, "!"),
        ("_1", 10, "!"),
        ("_1", 16, "!"),
        ("_1", 36, "!"),
        ("_1", 3, "!"),
        ("_1", 7, "!"),
        ("1_", 0, "!"),
        ("1_", 2, "!"),
        ("1_", 8, "!"),
        ("1_", 10, "!"),
        ("1_", 16, "!"),
        ("1_", 36, "!"),
        ("1_", 3, "!"),
        ("1_", 7, "!"),
        ("0x1f", 0, "31"),
        ("0x1f", 2, "!"),
        ("0x1f", 8, "!"),
        ("0x1f", 10, "!"),
        ("0x1f", 16, "31"),
        ("0x1f", 36, "42819"),
        ("0x1f", 3, "!"),
        ("0x1f", 7, "!"),
        ("0X1F", 0, "31"),
        ("0X1F", 2, "!"),
        ("0X1F", 8, "!"),
        ("0X1F", 10, "!"),
        ("0X1F", 16, "31"),
        ("0X1F", 36, "42819"),
        ("0X1F", 3, "!"),
        ("0X1F", 7, "!"),
        ("0x_1f", 0, "31"),
        ("0x_1f", 2, "!"),
        ("0x_1f", 8, "!"),
        ("0x_1f", 10, "!"),
        ("0x_1f", 16, "31"),
        ("0x_1f", 36, "42819"),
        ("0x_1f", 3, "!"),
        ("0x_1f", 7, "!"),
        ("0x__1f", 0, "!"),
        ("0x__1f", 2, "!"),
        ("0x__1f", 8, "!"),
        ("0x__1f", 10, "!"),
        ("0x__1f", 16, "!"),
        ("0x__1f", 36, "!"),
        ("0x__1f", 3, "!"),
        ("0x__1f", 7, "!"),
        ("0_x1f", 0, "!"),
        ("0_x1f", 2, "!"),
        ("0_x1f", 8, "!"),
        ("0_x1f", 10, "!"),
        ("0_x1f", 16, "!"),
        ("0_x1f", 36, "42819"),
        ("0_x1f", 3, "!"),
        ("0_x1f", 7, "!"),
        ("0o17", 0, "15"),
        ("0o17", 2, "!"),
        ("0o17", 8, "15"),
        ("0o17", 10, "!"),
        ("0o17", 16, "!"),
        ("0o17", 36, "31147"),
        ("0o17", 3, "!"),
        ("0o17", 7, "!"),
        ("0b101", 0, "5"),
        ("0b101", 2, "5"),
        ("0b101", 8, "!"),
        ("0b101", 10, "!"),
        ("0b101", 16, "45313"),
        ("0b101", 36, "514513"),
        ("0b101", 3, "!"),
        ("0b101", 7, "!"),
        ("0b", 0, "!"),
        ("0b", 2, "!"),
        ("0b", 8, "!"),
        ("0b", 10, "!"),
        ("0b", 16, "11"),
        ("0b", 36, "11"),
        ("0b", 3, "!"),
        ("0b", 7, "!"),
        ("0x", 0, "!"),
        ("0x", 2, "!"),
        ("0x", 8, "!"),
        ("0x", 10, "!"),
        ("0x", 16, "!"),
        ("0x", 36, "33"),
        ("0x", 3, "!"),
        ("0x", 7, "!"),
        ("0123", 0, "!"),
        ("0123", 2, "!"),
        ("0123", 8, "83"),
        ("0123", 10, "123"),
        ("0123", 16, "291"),
        ("0123", 36, "1371"),
        ("0123", 3, "!"),
        ("0123", 7, "66"),
        ("00", 0, "0"),
        ("00", 2, "0"),
        ("00", 8, "0"),
        ("00", 10, "0"),
        ("00", 16, "0"),
        ("00", 36, "0"),
        ("00", 3, "0"),
        ("00", 7, "0"),
        ("0_0", 0, "0"),
        ("0_0", 2, "0"),
        ("0_0", 8, "0"),
        ("0_0", 10, "0"),
        ("0_0", 16, "0"),
        ("0_0", 36, "0"),
        ("0_0", 3, "0"),
        ("0_0", 7, "0"),
        ("000_000", 0, "0"),
        ("000_000", 2, "0"),
        ("000_000", 8, "0"),
        ("000_000", 10, "0"),
        ("000_000", 16, "0"),
        ("000_000", 36, "0"),
        ("000_000", 3, "0"),
        ("000_000", 7, "0"),
        ("0_7", 0, "!"),
        ("0_7", 2, "!"),
        ("0_7", 8, "7"),
        ("0_7", 10, "7"),
        ("0_7", 16, "7"),
        ("0_7", 36, "7"),
        ("0_7", 3, "!"),
        ("0_7", 7, "!"),
        ("09", 0, "!"),
        ("09", 2, "!"),
        ("09", 8, "!"),
        ("09", 10, "9"),
        ("09", 16, "9"),
        ("09", 36, "9"),
        ("09", 3, "!"),
        ("09", 7, "!"),
        ("1e5", 0, "!"),
        ("1e5", 2, "!"),
        ("1e5", 8, "!"),
        ("1e5", 10, "!"),
        ("1e5", 16, "485"),
        ("1e5", 36, "1805"),
        ("1e5", 3, "!"),
        ("1e5", 7, "!"),
        ("12abc", 0, "!"),
        ("12abc", 2, "!"),
        ("12abc", 8, "!"),
        ("12abc", 10, "!"),
        ("12abc", 16, "76476"),
        ("12abc", 36, "1786296"),
        ("12abc", 3, "!"),
        ("12abc", 7, "!"),
        ("", 0, "!"),
        ("", 2, "!"),
        ("", 8, "!"),
        ("", 10, "!"),
        ("", 16, "!"),
        ("", 36, "!"),
        ("", 3, "!"),
        ("", 7, "!"),
        (" ", 0, "!"),
        (" ", 2, "!"),
        (" ", 8, "!"),
        (" ", 10, "!"),
        (" ", 16, "!"),
        (" ", 36, "!"),
        (" ", 3, "!"),
        (" ", 7, "!"),
        ("\u{663}\u{664}", 0, "34"),
        ("\u{663}\u{664}", 2, "!"),
        ("\u{663}\u{664}", 8, "28"),
        ("\u{663}\u{664}", 10, "34"),
        ("\u{663}\u{664}", 16, "52"),
        ("\u{663}\u{664}", 36, "112"),
        ("\u{663}\u{664}", 3, "!"),
        ("\u{663}\u{664}", 7, "25"),
        ("\u{ff13}", 0, "3"),
        ("\u{ff13}", 2, "!"),
        ("\u{ff13}", 8, "3"),
        ("\u{ff13}", 10, "3"),
        ("\u{ff13}", 16, "3"),
        ("\u{ff13}", 36, "3"),
        ("\u{ff13}", 3, "!"),
        ("\u{ff13}", 7, "3"),
        ("\u{2003} 7 \u{3000}", 0, "7"),
        ("\u{2003} 7 \u{3000}", 2, "!"),
        ("\u{2003} 7 \u{3000}", 8, "7"),
        ("\u{2003} 7 \u{3000}", 10, "7"),
        ("\u{2003} 7 \u{3000}", 16, "7"),
        ("\u{2003} 7 \u{3000}", 36, "7"),
        ("\u{2003} 7 \u{3000}", 3, "!"),
        ("\u{2003} 7 \u{3000}", 7, "!"),
        ("1 2", 0, "!"),
        ("1 2", 2, "!"),
        ("1 2", 8, "!"),
        ("1 2", 10, "!"),
        ("1 2", 16, "!"),
        ("1 2", 36, "!"),
        ("1 2", 3, "!"),
        ("1 2", 7, "!"),
        ("ff", 0, "!"),
        ("ff", 2, "!"),
        ("ff", 8, "!"),
        ("ff", 10, "!"),
        ("ff", 16, "255"),
        ("ff", 36, "555"),
        ("ff", 3, "!"),
        ("ff", 7, "!"),
        ("FF", 0, "!"),
        ("FF", 2, "!"),
        ("FF", 8, "!"),
        ("FF", 10, "!"),
        ("FF", 16, "255"),
        ("FF", 36, "555"),
        ("FF", 3, "!"),
        ("FF", 7, "!"),
        ("z", 0, "!"),
        ("z", 2, "!"),
        ("z", 8, "!"),
        ("z", 10, "!"),
        ("z", 16, "!"),
        ("z", 36, "35"),
        ("z", 3, "!"),
        ("z", 7, "!"),
        ("Z", 0, "!"),
        ("Z", 2, "!"),
        ("Z", 8, "!"),
        ("Z", 10, "!"),
        ("Z", 16, "!"),
        ("Z", 36, "35"),
        ("Z", 3, "!"),
        ("Z", 7, "!"),
        ("0b1", 0, "1"),
        ("0b1", 2, "1"),
        ("0b1", 8, "!"),
        ("0b1", 10, "!"),
        ("0b1", 16, "177"),
        ("0b1", 36, "397"),
        ("0b1", 3, "!"),
        ("0b1", 7, "!"),
        ("0b1_0", 0, "2"),
        ("0b1_0", 2, "2"),
        ("0b1_0", 8, "!"),
        ("0b1_0", 10, "!"),
        ("0b1_0", 16, "2832"),
        ("0b1_0", 36, "14292"),
        ("0b1_0", 3, "!"),
        ("0b1_0", 7, "!"),
        ("-0x80", 0, "-128"),
        ("-0x80", 2, "!"),
        ("-0x80", 8, "!"),
        ("-0x80", 10, "!"),
        ("-0x80", 16, "-128"),
        ("-0x80", 36, "-43056"),
        ("-0x80", 3, "!"),
        ("-0x80", 7, "!"),
        ("9223372036854775807", 0, "9223372036854775807"),
        ("9223372036854775807", 2, "!"),
        ("9223372036854775807", 8, "!"),
        ("9223372036854775807", 10, "9223372036854775807"),
        ("9223372036854775807", 16, "43132194673522839607303"),
        ("9223372036854775807", 36, "93419446956697119914106100423"),
        ("9223372036854775807", 3, "!"),
        ("9223372036854775807", 7, "!"),
        ("9223372036854775808", 0, "9223372036854775808"),
        ("9223372036854775808", 2, "!"),
        ("9223372036854775808", 8, "!"),
        ("9223372036854775808", 10, "9223372036854775808"),
        ("9223372036854775808", 16, "43132194673522839607304"),
        ("9223372036854775808", 36, "93419446956697119914106100424"),
        ("9223372036854775808", 3, "!"),
        ("9223372036854775808", 7, "!"),
        ("-9223372036854775808", 0, "-9223372036854775808"),
        ("-9223372036854775808", 2, "!"),
        ("-9223372036854775808", 8, "!"),
        ("-9223372036854775808", 10, "-9223372036854775808"),
        ("-9223372036854775808", 16, "-43132194673522839607304"),
        ("-9223372036854775808", 36, "-93419446956697119914106100424"),
        ("-9223372036854775808", 3, "!"),
        ("-9223372036854775808", 7, "!"),
        ("-9223372036854775809", 0, "-9223372036854775809"),
        ("-9223372036854775809", 2, "!"),
        ("-9223372036854775809", 8, "!"),
        ("-9223372036854775809", 10, "-9223372036854775809"),
        ("-9223372036854775809", 16, "-43132194673522839607305"),
        ("-9223372036854775809", 36, "-93419446956697119914106100425"),
        ("-9223372036854775809", 3, "!"),
        ("-9223372036854775809", 7, "!"),
        (
            "123456789012345678901234567890",
            0,
            "123456789012345678901234567890",
        ),
        ("123456789012345678901234567890", 2, "!"),
        ("123456789012345678901234567890", 8, "!"),
        (
            "123456789012345678901234567890",
            10,
            "123456789012345678901234567890",
        ),
        (
            "123456789012345678901234567890",
            16,
            "94522879687365475552814062743484560",
        ),
        (
            "123456789012345678901234567890",
            36,
            "1436287679432363134028105837355561937436483460",
        ),
        ("123456789012345678901234567890", 3, "!"),
        ("123456789012345678901234567890", 7, "!"),
        ("0o_7", 0, "7"),
        ("0o_7", 2, "!"),
        ("0o_7", 8, "7"),
        ("0o_7", 10, "!"),
        ("0o_7", 16, "!"),
        ("0o_7", 36, "871"),
        ("0o_7", 3, "!"),
        ("0o_7", 7, "!"),
        ("0o8", 0, "!"),
        ("0o8", 2, "!"),
        ("0o8", 8, "!"),
        ("0o8", 10, "!"),
        ("0o8", 16, "!"),
        ("0o8", 36, "872"),
        ("0o8", 3, "!"),
        ("0o8", 7, "!"),
        ("\u{1c}5\u{1f}", 0, "!"),
        ("\u{1c}5\u{1f}", 2, "!"),
        ("\u{1c}5\u{1f}", 8, "!"),
        ("\u{1c}5\u{1f}", 10, "!"),
        ("\u{1c}5\u{1f}", 16, "!"),
        ("\u{1c}5\u{1f}", 36, "!"),
        ("\u{1c}5\u{1f}", 3, "!"),
        ("\u{1c}5\u{1f}", 7, "!"),
        ("5\u{0}", 0, "!"),
        ("5\u{0}", 2, "!"),
        ("5\u{0}", 8, "!"),
        ("5\u{0}", 10, "!"),
        ("5\u{0}", 16, "!"),
        ("5\u{0}", 36, "!"),
        ("5\u{0}", 3, "!"),
        ("5\u{0}", 7, "!"),
        ("\u{e9}", 0, "!"),
        ("\u{e9}", 2, "!"),
        ("\u{e9}", 8, "!"),
        ("\u{e9}", 10, "!"),
        ("\u{e9}", 16, "!"),
        ("\u{e9}", 36, "!"),
        ("\u{e9}", 3, "!"),
        ("\u{e9}", 7, "!"),
        ("1,000", 0, "!"),
        ("1,000", 2, "!"),
        ("1,000", 8, "!"),
        ("1,000", 10, "!"),
        ("1,000", 16, "!"),
        ("1,000", 36, "!"),
        ("1,000", 3, "!"),
        ("1,000", 7, "!"),
        ("0xffffffffffffffffffff", 0, "1208925819614629174706175"),
        ("0xffffffffffffffffffff", 2, "!"),
        ("0xffffffffffffffffffff", 8, "!"),
        ("0xffffffffffffffffffff", 10, "!"),
        ("0xffffffffffffffffffff", 16, "1208925819614629174706175"),
        (
            "0xffffffffffffffffffff",
            36,
            "446856246012776253124898565502683",
        ),
        ("0xffffffffffffffffffff", 3, "!"),
        ("0xffffffffffffffffffff", 7, "!"),
        ("\u{661}_\u{662}", 0, "12"),
        ("\u{661}_\u{662}", 2, "!"),
        ("\u{661}_\u{662}", 8, "10"),
        ("\u{661}_\u{662}", 10, "12"),
        ("\u{661}_\u{662}", 16, "18"),
        ("\u{661}_\u{662}", 36, "38"),
        ("\u{661}_\u{662}", 3, "5"),
        ("\u{661}_\u{662}", 7, "9"),
    ];

    /// (text, CPython `float(text)` bits or None for ValueError).
    const FLOAT_CASES: &[(&str, Option<u64>)] = &[
        ("0", Some(0x0000000000000000)),
        ("-0", Some(0x8000000000000000)),
        ("1.5", Some(0x3ff8000000000000)),
        (" 1.5 ", Some(0x3ff8000000000000)),
        ("1_000.5", Some(0x408f440000000000)),
        ("1__0", None),
        ("_1", None),
        ("1_", None),
        ("1_e5", None),
        ("1e_5", None),
        ("1.5_5", Some(0x3ff8cccccccccccd)),
        ("1._5", None),
        (".5", Some(0x3fe0000000000000)),
        ("5.", Some(0x4014000000000000)),
        (".", None),
        ("e5", None),
        ("1e", None),
        ("1e+", None),
        ("1E-05", Some(0x3ee4f8b588e368f1)),
        ("1e500", Some(0x7ff0000000000000)),
        ("-1e500", Some(0xfff0000000000000)),
        ("1e-500", Some(0x0000000000000000)),
        ("inf", Some(0x7ff0000000000000)),
        ("-inf", Some(0xfff0000000000000)),
        ("+inf", Some(0x7ff0000000000000)),
        ("INF", Some(0x7ff0000000000000)),
        ("Infinity", Some(0x7ff0000000000000)),
        ("-infinity", Some(0xfff0000000000000)),
        ("infinit", None),
        ("nan", Some(0x7ff8000000000000)),
        ("NaN", Some(0x7ff8000000000000)),
        ("-nan", Some(0xfff8000000000000)),
        ("+NAN", Some(0x7ff8000000000000)),
        ("nan1", None),
        ("0x1p3", None),
        ("1.2.3", None),
        ("", None),
        ("  ", None),
        ("\u{661}.\u{665}", Some(0x3ff8000000000000)),
        ("\u{2003} 2.5\n", Some(0x4004000000000000)),
        ("0.1", Some(0x3fb999999999999a)),
        ("2.675", Some(0x4005666666666666)),
        ("1e22", Some(0x4480f0cf064dd592)),
        ("123456789012345678901234567890", Some(0x45f8ee90ff6c373e)),
        ("4.9e-324", Some(0x0000000000000001)),
        ("2.4703282292062328e-324", Some(0x0000000000000001)),
        ("2.4703282292062327e-324", Some(0x0000000000000000)),
        ("1.7976931348623157e308", Some(0x7fefffffffffffff)),
        ("1.7976931348623159e308", Some(0x7ff0000000000000)),
        ("+1.5", Some(0x3ff8000000000000)),
        ("++1", None),
        ("1 5", None),
        ("0_0.0_0", Some(0x0000000000000000)),
        ("in_f", None),
        ("1.5j", None),
        ("00012", Some(0x4028000000000000)),
        ("1e0005", Some(0x40f86a0000000000)),
        (".5e-3", Some(0x3f40624dd2f1a9fc)),
        ("5.e2", Some(0x407f400000000000)),
        ("1_2.3_4e5_6", Some(0x4bc929c7d37d0d30)),
        ("1e1_0", Some(0x4202a05f20000000)),
        ("12_", None),
    ];
}
