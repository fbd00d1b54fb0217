//! `hex()`, `oct()` and `bin()`: Python's prefixed radix forms of an int.
//!
//! The sign goes before the prefix (`hex(-255)` is `'-0xff'`), digits are
//! lower case, and zero is `0x0`.

use num_bigint::BigInt;
use num_traits::Signed;

/// A radix with a Python literal prefix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Radix {
    Bin,
    Oct,
    Hex,
}

impl Radix {
    /// The base as a number.
    pub fn base(self) -> u32 {
        match self {
            Radix::Bin => 2,
            Radix::Oct => 8,
            Radix::Hex => 16,
        }
    }

    /// `0b`, `0o` or `0x`.
    pub fn prefix(self) -> &'static str {
        match self {
            Radix::Bin => "0b",
            Radix::Oct => "0o",
            Radix::Hex => "0x",
        }
    }
}

/// `hex(v)`, `oct(v)` or `bin(v)` of a machine integer.
pub fn i64_to_prefixed(v: i64, radix: Radix) -> String {
    let magnitude = v.unsigned_abs();
    let digits = match radix {
        Radix::Bin => format!("{magnitude:b}"),
        Radix::Oct => format!("{magnitude:o}"),
        Radix::Hex => format!("{magnitude:x}"),
    };
    join(v < 0, radix, &digits)
}

/// `hex(v)`, `oct(v)` or `bin(v)` of a big integer.
pub fn bigint_to_prefixed(v: &BigInt, radix: Radix) -> String {
    join(
        v.is_negative(),
        radix,
        &v.magnitude().to_str_radix(radix.base()),
    )
}

/// `hex(v)`.
pub fn hex_i64(v: i64) -> String {
    i64_to_prefixed(v, Radix::Hex)
}

/// `oct(v)`.
pub fn oct_i64(v: i64) -> String {
    i64_to_prefixed(v, Radix::Oct)
}

/// `bin(v)`.
pub fn bin_i64(v: i64) -> String {
    i64_to_prefixed(v, Radix::Bin)
}

/// `hex(v)` of a big integer.
pub fn hex_bigint(v: &BigInt) -> String {
    bigint_to_prefixed(v, Radix::Hex)
}

/// `oct(v)` of a big integer.
pub fn oct_bigint(v: &BigInt) -> String {
    bigint_to_prefixed(v, Radix::Oct)
}

/// `bin(v)` of a big integer.
pub fn bin_bigint(v: &BigInt) -> String {
    bigint_to_prefixed(v, Radix::Bin)
}

fn join(negative: bool, radix: Radix, digits: &str) -> String {
    let sign = if negative { "-" } else { "" };
    format!("{sign}{}{digits}", radix.prefix())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (value, CPython hex(v), oct(v), bin(v)).
    const I64_CASES: &[(i64, &str, &str, &str)] = &[
        (0, "0x0", "0o0", "0b0"),
        (1, "0x1", "0o1", "0b1"),
        (-1, "-0x1", "-0o1", "-0b1"),
        (7, "0x7", "0o7", "0b111"),
        (8, "0x8", "0o10", "0b1000"),
        (255, "0xff", "0o377", "0b11111111"),
        (-255, "-0xff", "-0o377", "-0b11111111"),
        (4096, "0x1000", "0o10000", "0b1000000000000"),
        (-4097, "-0x1001", "-0o10001", "-0b1000000000001"),
        (
            2147483648,
            "0x80000000",
            "0o20000000000",
            "0b10000000000000000000000000000000",
        ),
        (
            9223372036854775807,
            "0x7fffffffffffffff",
            "0o777777777777777777777",
            "0b111111111111111111111111111111111111111111111111111111111111111",
        ),
        (
            -9223372036854775808,
            "-0x8000000000000000",
            "-0o1000000000000000000000",
            "-0b1000000000000000000000000000000000000000000000000000000000000000",
        ),
        (
            12345678901234,
            "0xb3a73ce2ff2",
            "0o263516363427762",
            "0b10110011101001110011110011100010111111110010",
        ),
    ];

    const BIG_CASES: &[(&str, &str, &str, &str)] = &[
        ("0", "0x0", "0o0", "0b0"),
        ("1", "0x1", "0o1", "0b1"),
        ("-1", "-0x1", "-0o1", "-0b1"),
        ("7", "0x7", "0o7", "0b111"),
        ("8", "0x8", "0o10", "0b1000"),
        ("255", "0xff", "0o377", "0b11111111"),
        ("-255", "-0xff", "-0o377", "-0b11111111"),
        ("4096", "0x1000", "0o10000", "0b1000000000000"),
        ("-4097", "-0x1001", "-0o10001", "-0b1000000000001"),
        ("2147483648", "0x80000000", "0o20000000000", "0b10000000000000000000000000000000"),
        ("9223372036854775807", "0x7fffffffffffffff", "0o777777777777777777777", "0b111111111111111111111111111111111111111111111111111111111111111"),
        ("-9223372036854775808", "-0x8000000000000000", "-0o1000000000000000000000", "-0b1000000000000000000000000000000000000000000000000000000000000000"),
        ("12345678901234", "0xb3a73ce2ff2", "0o263516363427762", "0b10110011101001110011110011100010111111110010"),
        ("9223372036854775808", "0x8000000000000000", "0o1000000000000000000000", "0b1000000000000000000000000000000000000000000000000000000000000000"),
        ("-9223372036854775809", "-0x8000000000000001", "-0o1000000000000000000001", "-0b1000000000000000000000000000000000000000000000000000000000000001"),
        ("18446744073709551616", "0x10000000000000000", "0o2000000000000000000000", "0b10000000000000000000000000000000000000000000000000000000000000000"),
        ("1267650600228229401496703217721", "0x10000000000000000000003039", "0o2000000000000000000000000000030071", "0b10000000000000000000000000000000000000000000000000000000000000000000000000000000000000011000000111001"),
        ("-147808829414345923316083210206383297601", "-0x6f32f1ef8b18a2bc3cea59789c79d441", "-0o1571457075742614242570363522627423436352101", "-0b1101111001100101111000111101111100010110001100010100010101111000011110011101010010110010111100010011100011110011101010001000001"),
        ("1000000000000000000000000000000", "0xc9f2c9cd04674edea40000000", "0o1447626234640431647336510000000000", "0b1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000"),
    ];

    #[test]
    fn i64_matches_cpython() {
        for &(v, hex, oct, bin) in I64_CASES {
            assert_eq!(
                (hex_i64(v), oct_i64(v), bin_i64(v)),
                (hex.into(), oct.into(), bin.into()),
                "{v}"
            );
        }
    }

    #[test]
    fn bigint_matches_cpython() {
        for &(v, hex, oct, bin) in BIG_CASES {
            let n: BigInt = v.parse().unwrap();
            assert_eq!(
                (hex_bigint(&n), oct_bigint(&n), bin_bigint(&n)),
                (hex.into(), oct.into(), bin.into()),
                "{v}"
            );
        }
    }
}
