//! Float to decimal text, exactly as CPython 3.11 does it.
//!
//! CPython funnels every float-to-text conversion (`repr`, `str`,
//! `format`, f-strings and `%`) through `PyOS_double_to_string`, which asks
//! David Gay's `_Py_dg_dtoa` for a digit string and a decimal-point position
//! and then lays them out (`format_float_short` in `Python/pystrtod.c`).
//! This module reproduces both halves:
//!
//! * **Digits.** Rust's formatter is also exact: `{:e}` yields the shortest
//!   digits that round-trip (dtoa mode 0), `{:.*e}` and `{:.*}` round the
//!   exact binary value to a number of significant or fractional digits,
//!   ties to even (dtoa modes 2 and 3). We only re-read its output as
//!   `(digits, decpt)` with trailing zeros removed, as dtoa returns them.
//! * **Layout.** [`double_to_string`] is a transcription of
//!   `format_float_short`: when to switch to an exponent, zero padding,
//!   the `.0` suffix, `#`, `+` and `z`.

/// Options of [`double_to_string`]; CPython's `Py_DTSF_*` flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DtoaFlags {
    /// Always write a sign (`+` for non-negative values).
    pub sign: bool,
    /// Append `.0` when the result would look like an integer.
    pub add_dot_0: bool,
    /// Alternate form (`#`): keep the decimal point and trailing zeros.
    pub alt: bool,
    /// Drop the minus sign of a result that rounds to zero (`z`).
    pub no_neg_0: bool,
}

/// `repr(x)` and `str(x)` of a Python float: `1.0`, `0.1`, `1e+16`,
/// `1e-05`, `-0.0`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    let flags = DtoaFlags {
        add_dot_0: true,
        ..DtoaFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

/// CPython's `PyOS_double_to_string(x, code, precision, flags)`.
///
/// `code` is one of `e E f F g G r` (`r` is repr: shortest digits, and
/// `precision` is ignored). Upper-case codes write `E`, `INF` and `NAN`.
/// `precision` counts digits after the point for `e` and `f`, and
/// significant digits for `g` (0 means 1).
pub fn double_to_string(x: f64, code: char, precision: usize, flags: DtoaFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let negative = x.is_sign_negative();
    let body = if x.is_nan() {
        return sign_prefix(false, flags.sign) + if upper { "NAN" } else { "nan" };
    } else if x.is_infinite() {
        (if upper { "INF" } else { "inf" }).to_string()
    } else {
        let digits = match code {
            'e' => Digits::significant(x, precision + 1),
            'f' => Digits::fixed(x, precision),
            'g' => Digits::significant(x, precision.max(1)),
            _ => Digits::shortest(x),
        };
        // The digit count dtoa was asked for, as `format_float_short` sees it.
        let precision = match code {
            'e' => precision + 1,
            'g' => precision.max(1),
            _ => precision,
        };
        let keep_sign = !(flags.no_neg_0 && digits.is_zero());
        let text = layout(&digits, code, precision, flags, upper);
        return sign_prefix(negative && keep_sign, flags.sign) + &text;
    };
    sign_prefix(negative, flags.sign) + &body
}

/// The sign written before the number.
fn sign_prefix(negative: bool, always: bool) -> String {
    match (negative, always) {
        (true, _) => "-".to_string(),
        (false, true) => "+".to_string(),
        (false, false) => String::new(),
    }
}

/// A dtoa result: the value is `0.DIGITS × 10^decpt`, digits without
/// trailing zeros (zero itself is `"0"` with `decpt == 1`), sign apart.
#[derive(Debug, PartialEq, Eq)]
pub struct Digits {
    /// ASCII decimal digits, no leading or trailing zeros (except `"0"`).
    pub digits: Vec<u8>,
    /// Position of the decimal point relative to the start of `digits`.
    pub decpt: i64,
}

impl Digits {
    /// dtoa mode 0: the shortest digit string that reads back as `x`.
    pub fn shortest(x: f64) -> Digits {
        Digits::from_sci(&format!("{:e}", x.abs()))
    }

    /// dtoa mode 2: `x` correctly rounded to `n >= 1` significant digits.
    pub fn significant(x: f64, n: usize) -> Digits {
        // A double has at most 767 significant decimal digits: past that
        // every digit is zero (and the result is normalized without them),
        // so the request is capped before it reaches `format!`, whose
        // precision is limited.
        let n = n.min(800);
        Digits::from_sci(&format!("{:.*e}", n - 1, x.abs()))
    }

    /// dtoa mode 3: `x` correctly rounded to `n` digits after the point.
    pub fn fixed(x: f64, n: usize) -> Digits {
        // Digits past the 1074th after the point are zero (see
        // `significant`).
        let n = n.min(1100);
        let text = format!("{:.*}", n, x.abs());
        let (int_part, frac) = text.split_once('.').unwrap_or((&text, ""));
        let all: Vec<u8> = int_part.bytes().chain(frac.bytes()).collect();
        Digits::normalize(all, int_part.len() as i64)
    }

    /// Reads Rust's `D.DDDeX` form.
    fn from_sci(text: &str) -> Digits {
        let (mantissa, exp) = text.split_once('e').expect("`{:e}` writes an exponent");
        let exp: i64 = exp.parse().expect("`{:e}` writes an integer exponent");
        let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        Digits::normalize(digits, exp + 1)
    }

    /// Strips leading and trailing zeros, keeping `decpt` in step.
    fn normalize(mut digits: Vec<u8>, mut decpt: i64) -> Digits {
        let leading = digits.iter().take_while(|&&d| d == b'0').count();
        if leading == digits.len() {
            return Digits {
                digits: vec![b'0'],
                decpt: 1,
            };
        }
        digits.drain(..leading);
        decpt -= leading as i64;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        Digits { digits, decpt }
    }

    /// Whether the rounded value is zero.
    pub fn is_zero(&self) -> bool {
        self.digits == [b'0']
    }
}

/// `format_float_short`'s layout of finite digits, without the sign.
fn layout(d: &Digits, code: char, precision: usize, flags: DtoaFlags, upper: bool) -> String {
    let len = d.digits.len() as i64;
    let precision = precision as i64;
    let mut decpt = d.decpt;
    // The output is the slice [start, end) of the digits padded with zeros
    // on both sides, with the point before virtual index `decpt`.
    let mut end = len;
    let use_exp = match code {
        'e' => {
            end = precision;
            true
        }
        'f' => {
            end = decpt + precision;
            false
        }
        'g' => {
            if flags.alt {
                end = precision;
            }
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            decpt <= -4 || decpt > limit
        }
        _ => decpt <= -4 || decpt > 16,
    };
    let exp = decpt - 1;
    if use_exp {
        decpt = 1;
    }
    let start = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    let end = end.max(min_end);

    let mut out = String::with_capacity((end - start) as usize + 8);
    for i in start..end {
        if i == decpt {
            out.push('.');
        }
        out.push(if 0 <= i && i < len {
            d.digits[i as usize] as char
        } else {
            '0'
        });
    }
    if decpt == end && flags.alt {
        out.push('.');
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push_str(&format!(
            "{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        ));
    }
    out
}

/// Why `round(x, ndigits)` failed: OverflowError "rounded value too large
/// to represent".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoundOverflow;

/// `round(x, ndigits)` for a float (`float.__round__`): `x` correctly
/// rounded, half to even on the exact binary value, to `ndigits` decimal
/// places (negative: to a multiple of `10**-ndigits`), then read back
/// correctly rounded, as CPython's `double_round` does with dtoa.
/// `round(2.675, 2)` is `2.67`; `round(25.0, -1)` is `20.0`.
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, RoundOverflow> {
    // CPython's bounds: beyond them x is already exact or rounds to 0.
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        // `{:.N}` is dtoa mode 3 (exact, ties to even).
        format!("{:.*}", ndigits as usize, x)
    } else {
        let sign = if x.is_sign_negative() { "-" } else { "" };
        format!(
            "{sign}{}e{}",
            round_to_power_of_ten(x.abs(), (-ndigits) as u32),
            -ndigits
        )
    };
    let rounded: f64 = text.parse().expect("a decimal literal");
    if rounded.is_infinite() {
        return Err(RoundOverflow);
    }
    Ok(rounded)
}

/// `x / 10**k` rounded half to even to an integer, computed exactly
/// (`x` finite, non-negative).
fn round_to_power_of_ten(x: f64, k: u32) -> num_bigint::BigInt {
    use num_bigint::BigInt;
    use num_integer::Integer;
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if exp_bits == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exp_bits - 1075)
    };
    // x / 10^k == numerator / denominator exactly.
    let mut numerator = BigInt::from(mantissa);
    let mut denominator = BigInt::from(10u32).pow(k);
    if exp >= 0 {
        numerator <<= exp as usize;
    } else {
        denominator <<= (-exp) as usize;
    }
    let (quotient, remainder) = numerator.div_rem(&denominator);
    let twice: BigInt = remainder * 2u32;
    let round_up = twice > denominator || (twice == denominator && quotient.is_odd());
    if round_up {
        quotient + 1u32
    } else {
        quotient
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(sign: bool, add_dot_0: bool, alt: bool) -> DtoaFlags {
        DtoaFlags {
            sign,
            add_dot_0,
            alt,
            no_neg_0: false,
        }
    }

    #[test]
    fn repr_special_values() {
        assert_eq!(float_repr(0.0), "0.0");
        assert_eq!(float_repr(-0.0), "-0.0");
        assert_eq!(float_repr(f64::INFINITY), "inf");
        assert_eq!(float_repr(f64::NEG_INFINITY), "-inf");
        assert_eq!(float_repr(f64::NAN), "nan");
        assert_eq!(float_repr(-f64::NAN), "nan");
    }

    /// (x bits, ndigits, CPython round(x, ndigits) bits or None for OverflowError).
    const ROUND_CASES: &[(u64, i64, Option<u64>)] = &[
        (0x4005666666666666, 2, Some(0x40055c28f5c28f5c)),
        (0x3fc0000000000000, 2, Some(0x3fbeb851eb851eb8)),
        (0x3fd8000000000000, 2, Some(0x3fd851eb851eb852)),
        (0x4004000000000000, 0, Some(0x4000000000000000)),
        (0x400c000000000000, 0, Some(0x4010000000000000)),
        (0xc004000000000000, 0, Some(0xc000000000000000)),
        (0xbf50624dd2f1a9fc, 2, Some(0x8000000000000000)),
        (0x4039000000000000, -1, Some(0x4034000000000000)),
        (0x4041800000000000, -1, Some(0x4044000000000000)),
        (0x402e000000000000, -1, Some(0x4034000000000000)),
        (0x4014000000000000, -1, Some(0x0000000000000000)),
        (0x4018000000000000, -1, Some(0x4024000000000000)),
        (0x4049000000000000, -2, Some(0x0000000000000000)),
        (0x4062c00000000000, -2, Some(0x4069000000000000)),
        (0xc010000000000000, -1, Some(0x8000000000000000)),
        (0x40934a456d5cfaad, -2, Some(0x4092c00000000000)),
        (0x7e37e43c8800759c, -299, Some(0x7e37e43c8800759c)),
        (0x7e37e43c8800759c, -300, Some(0x7e37e43c8800759c)),
        (0x7e37e43c8800759c, -301, Some(0x0000000000000000)),
        (0x7fefffffffffffff, -308, None),
        (0x3ff8000000000000, 400, Some(0x3ff8000000000000)),
        (0x3ff8000000000000, -400, Some(0x0000000000000000)),
        (0x0000000000000001, 323, Some(0x0000000000000000)),
        (0x0000000000000001, 320, Some(0x0000000000000000)),
        (0x00000000000007e8, 322, Some(0x00000000000007e8)),
        (0x3fe0000000000000, 1, Some(0x3fe0000000000000)),
        (0x419d6f34547e6b75, 5, Some(0x419d6f34547e6c4c)),
        (0x4480f0cf064dd592, -21, Some(0x4480f0cf064dd592)),
        (0x3efa36e2eb1c432d, 5, Some(0x3eff75104d551d69)),
        (0x7ff0000000000000, 2, Some(0x7ff0000000000000)),
        (0x7ff8000000000000, -2, Some(0x7ff8000000000000)),
        (0x8000000000000000, -3, Some(0x8000000000000000)),
        (0x0000000000000000, 5, Some(0x0000000000000000)),
        (0x44c9320b4cdeb910, -2, Some(0x44c9320b4cdeb910)),
        (0x4413dc83dd5ab2de, -25, Some(0x0000000000000000)),
        (0xc413b4f49fefda09, 10, Some(0xc413b4f49fefda09)),
        (0xc3f453314c0da6c7, 0, Some(0xc3f453314c0da6c7)),
        (0x3fb05c326c5af306, -16, Some(0x0000000000000000)),
        (0xc4b261aedba69179, -25, Some(0x8000000000000000)),
        (0x3ea6876172c92d3c, 12, Some(0x3ea68760672d32cf)),
        (0xbdc7860540b19883, 5, Some(0x8000000000000000)),
        (0xc2cb0bcbae3632b3, 0, Some(0xc2cb0bcbae363280)),
        (0x43a435a56def1244, -2, Some(0x43a435a56def1244)),
        (0xbf4fef0f5da14233, -12, Some(0x8000000000000000)),
        (0xc356e9d05ec07592, 1, Some(0xc356e9d05ec07592)),
        (0xc2c71115e4af1cfa, 9, Some(0xc2c71115e4af1cfa)),
        (0xc0b6dabdb7077847, -24, Some(0x8000000000000000)),
        (0xbfeb67a2291e65ed, 9, Some(0xbfeb67a228e7de54)),
        (0x3f17b74fddd45284, 11, Some(0x3f17b74fe4a416e7)),
        (0x3f3180f0efe701d1, 5, Some(0x3f31b1d92b7fe08b)),
        (0x44128455438922ca, -3, Some(0x44128455438922ca)),
        (0x433c715f3d52ed2b, -24, Some(0x0000000000000000)),
        (0x4324e1d9c3628b3c, -23, Some(0x0000000000000000)),
        (0xbe39fbeb10a142b5, 12, Some(0xbe39fc0b9bedf15b)),
        (0x41493ff2bae78226, -23, Some(0x0000000000000000)),
        (0x3e94c8174c5c67e8, 9, Some(0x3e94cdc26b1f07d8)),
        (0xc0091a2a6ae3b972, -7, Some(0x8000000000000000)),
        (0x3faf4183c1af82ba, -4, Some(0x0000000000000000)),
        (0xbf69b580c63f97fe, -1, Some(0x8000000000000000)),
        (0xc4a37fc57017b6c2, 10, Some(0xc4a37fc57017b6c2)),
        (0xc44bcd6b679ac827, 2, Some(0xc44bcd6b679ac827)),
        (0xc0eef8a14fdbfc7f, 2, Some(0xc0eef8a147ae147b)),
        (0xc4b4b4a65e1fc838, 10, Some(0xc4b4b4a65e1fc838)),
        (0xc32814b3a44f3057, -24, Some(0x8000000000000000)),
        (0x3f6ed81fe795f515, -4, Some(0x0000000000000000)),
        (0xc25b23ac3d402d4d, 6, Some(0xc25b23ac3d402d4d)),
        (0x3e230df9fd0f4b2c, -2, Some(0x0000000000000000)),
        (0xc3c16cd3e8539017, 12, Some(0xc3c16cd3e8539017)),
        (0xc0180ee55499a1eb, -14, Some(0x8000000000000000)),
        (0xc286bff1e53808dd, -6, Some(0xc286bff214960000)),
        (0x3f14a37e645bec9a, 11, Some(0x3f14a37e5d72b3bc)),
        (0xbf7c0175650b4944, 7, Some(0xbf7c016dbe497c4b)),
        (0x4140fa7136c6790b, -5, Some(0x4140c8e000000000)),
        (0x4350a4daa01553c4, -19, Some(0x0000000000000000)),
        (0x422bf930911d8c8e, 3, Some(0x422bf930911d8ccd)),
        (0x3fe9e998476c116a, -4, Some(0x0000000000000000)),
        (0xc087308f1e923b7d, -8, Some(0x8000000000000000)),
        (0x3f2d7eae734b58a8, 8, Some(0x3f2d7ec0fb3265d9)),
        (0x4201d61a27cd1b91, -8, Some(0x4201e1a300000000)),
        (0xbecc87ccab52437f, 12, Some(0xbecc87ccd96eceab)),
        (0xc168bc7a38f29219, 4, Some(0xc168bc7a38f27bb3)),
        (0xc3289c25cd4fc9ee, 1, Some(0xc3289c25cd4fc9ee)),
        (0xbe3868e117361f26, -16, Some(0x8000000000000000)),
        (0xc3f14f5e2014774f, 10, Some(0xc3f14f5e2014774f)),
        (0x40c28ece4b00197d, 4, Some(0x40c28ece4c2f837b)),
        (0xc4b1b7c0ac4a6ef6, 9, Some(0xc4b1b7c0ac4a6ef6)),
        (0x40aaa55fd0dc42a1, 12, Some(0x40aaa55fd0dc42a1)),
        (0x3f4fd1099ac68d94, -23, Some(0x0000000000000000)),
        (0x44330d472f1f0007, 2, Some(0x44330d472f1f0007)),
        (0xbdcfb7e5b551f349, -18, Some(0x8000000000000000)),
        (0x41a47b942d12cf33, -24, Some(0x0000000000000000)),
        (0x4332a685601ce0a9, -18, Some(0x0000000000000000)),
        (0xc114d5a2a1322ed4, -22, Some(0x8000000000000000)),
        (0x40419792a76148fb, 9, Some(0x40419792a762042c)),
        (0x3f4d160b42d56a90, -10, Some(0x0000000000000000)),
        (0x3f8036a4100f9212, 6, Some(0x3f8036c9c0a8d21c)),
        (0x4301ddb82bc91596, -8, Some(0x4301ddb826dfc000)),
        (0xc49507405161687f, -22, Some(0xc490f0cf064dd592)),
        (0x3dc9ff79dba974cd, -17, Some(0x0000000000000000)),
        (0x3e33d6140f7c5a31, 5, Some(0x0000000000000000)),
        (0xbee470d736e419aa, -5, Some(0x8000000000000000)),
        (0xbe8513e9047996cc, -1, Some(0x8000000000000000)),
        (0xc1c3478f26a6a0dc, -9, Some(0xc1cdcd6500000000)),
        (0xc211cbbffa014614, -18, Some(0x8000000000000000)),
        (0xbdac0fcf576fd054, -20, Some(0x8000000000000000)),
        (0xbe38574ed213d301, 4, Some(0x8000000000000000)),
        (0xc4dfff9eb57f344a, -23, Some(0xc4dfc3842bd1f072)),
        (0x436ba9dac0e3e6ea, -2, Some(0x436ba9dac0e3e6e6)),
        (0xc1f75fc666ab5103, 1, Some(0xc1f75fc666ab3333)),
        (0x40e6807fb843020f, 9, Some(0x40e6807fb84301d5)),
        (0xbe92201fbe01091e, -11, Some(0x8000000000000000)),
        (0xbdfd43b8ac653184, -2, Some(0x8000000000000000)),
        (0xc520071374d3572a, -18, Some(0xc52007136cb32843)),
        (0xbf3e6b07ed14be5c, -19, Some(0x8000000000000000)),
        (0x44e36bfba2b01ec4, 12, Some(0x44e36bfba2b01ec4)),
        (0x440f13a88f8acf0d, -10, Some(0x440f13a88f82dbc9)),
        (0x3e40a0c807ca7a01, 11, Some(0x3e409f1c28ed4187)),
        (0x42a20fff625686fe, -24, Some(0x0000000000000000)),
        (0x3f36612654b7c5a2, -18, Some(0x0000000000000000)),
        (0xc1900eee13c5a637, -20, Some(0x8000000000000000)),
        (0x4433a95f4fb57d23, -19, Some(0x44338400eca364a0)),
        (0x3f0d11de3a280aea, 10, Some(0x3f0d11dceced8e14)),
        (0x4009f0936ab1b8d0, -10, Some(0x0000000000000000)),
        (0xc0f85faf7b09b27d, 0, Some(0xc0f85fb000000000)),
        (0xc2ecc03e4c7130d0, 10, Some(0xc2ecc03e4c7130d0)),
        (0xbed18a93ed254806, 7, Some(0xbed19db7358bd307)),
        (0x4320b76dcd37960d, 1, Some(0x4320b76dcd37960d)),
        (0xc4ad4214f0cc0a99, -16, Some(0xc4ad4214e98a9345)),
        (0x3fb075a8247bbde3, -19, Some(0x0000000000000000)),
        (0xc4059872c2d7a388, 12, Some(0xc4059872c2d7a388)),
        (0x401cc1a51c4a5fec, -8, Some(0x0000000000000000)),
        (0xbfb340a677099170, -11, Some(0x8000000000000000)),
        (0xc4e689ed61016623, 1, Some(0xc4e689ed61016623)),
        (0x4156b4be966f3655, -6, Some(0x4156e36000000000)),
        (0xc3c00bc82c2766ea, -13, Some(0xc3c00bca276b1900)),
        (0x427910ba799a9104, -5, Some(0x427910ba74fc0000)),
        (0xbfa8b57a44f474ec, 5, Some(0xbfa8b588e368f084)),
        (0xc085ebe8e39f0029, 12, Some(0xc085ebe8e39f002c)),
        (0x451b9d6fb6b0c94e, 5, Some(0x451b9d6fb6b0c94e)),
        (0xbeb0a7ff8e2b070d, -23, Some(0x8000000000000000)),
        (0x40b241f3bb969db5, -21, Some(0x0000000000000000)),
        (0x412d41f5640c06f5, -13, Some(0x0000000000000000)),
        (0x3f7fc6dc9aec9516, -23, Some(0x0000000000000000)),
        (0x412b755ffff4c421, -23, Some(0x0000000000000000)),
        (0x435bd645a3435811, -20, Some(0x0000000000000000)),
        (0xc0fcccf8a0ab44a5, -23, Some(0x8000000000000000)),
        (0x42209bbb4068e1ba, -24, Some(0x0000000000000000)),
        (0xc35dbc83c3513dd4, 6, Some(0xc35dbc83c3513dd4)),
        (0xc410e7ffb73c9f6d, -17, Some(0xc410e9deaaf401e0)),
        (0xbf41d664c1d15f4d, -21, Some(0x8000000000000000)),
        (0xbf45ce0e9952e2a6, 8, Some(0xbf45ce080b3c4931)),
        (0xbf17d2993b65217a, -2, Some(0x8000000000000000)),
        (0xc1920e55b336e70b, -19, Some(0x8000000000000000)),
    ];

    #[test]
    fn round_matches_cpython() {
        for &(bits, ndigits, want) in ROUND_CASES {
            let x = f64::from_bits(bits);
            let got = round_float(x, ndigits).ok().map(f64::to_bits);
            let nan_safe = |b: Option<u64>| {
                b.map(|b| {
                    if f64::from_bits(b).is_nan() {
                        0x7ff8_0000_0000_0000
                    } else {
                        b
                    }
                })
            };
            assert_eq!(nan_safe(got), nan_safe(want), "round({x:?}, {ndigits})");
        }
    }

    /// (bits, code, precision, sign, alt, CPython `'%+#.{p}{code}' % x`).
    const DTS_TABLE: &[(u64, char, usize, bool, bool, &str)] = &[
        (0x0000000000000000, 'e', 0, false, false, "0e+00"),
        (0x0000000000000000, 'e', 1, false, false, "0.0e+00"),
        (0x0000000000000000, 'e', 1, true, true, "+0.0e+00"),
        (0x0000000000000000, 'e', 3, false, false, "0.000e+00"),
        (0x0000000000000000, 'e', 3, true, false, "+0.000e+00"),
        (0x0000000000000000, 'e', 3, true, true, "+0.000e+00"),
        (0x0000000000000000, 'e', 6, false, false, "0.000000e+00"),
        (0x0000000000000000, 'e', 17, true, false, "+0.00000000000000000e+00"),
        (0x0000000000000000, 'E', 0, true, false, "+0E+00"),
        (0x0000000000000000, 'E', 2, false, false, "0.00E+00"),
        (0x0000000000000000, 'E', 2, false, true, "0.00E+00"),
        (0x0000000000000000, 'E', 3, true, true, "+0.000E+00"),
        (0x0000000000000000, 'E', 6, false, false, "0.000000E+00"),
        (0x0000000000000000, 'E', 17, false, false, "0.00000000000000000E+00"),
        (0x0000000000000000, 'f', 0, false, false, "0"),
        (0x0000000000000000, 'f', 0, true, false, "+0"),
        (0x0000000000000000, 'f', 0, true, true, "+0."),
        (0x0000000000000000, 'f', 1, false, false, "0.0"),
        (0x0000000000000000, 'f', 1, true, true, "+0.0"),
        (0x0000000000000000, 'f', 17, true, false, "+0.00000000000000000"),
        (0x0000000000000000, 'f', 17, true, true, "+0.00000000000000000"),
        (0x0000000000000000, 'F', 0, false, false, "0"),
        (0x0000000000000000, 'F', 0, false, true, "0."),
        (0x0000000000000000, 'F', 0, true, false, "+0"),
        (0x0000000000000000, 'F', 0, true, true, "+0."),
        (0x0000000000000000, 'F', 1, false, true, "0.0"),
        (0x0000000000000000, 'F', 2, false, false, "0.00"),
        (0x0000000000000000, 'F', 2, false, true, "0.00"),
        (0x0000000000000000, 'F', 3, false, true, "0.000"),
        (0x0000000000000000, 'F', 6, false, false, "0.000000"),
        (0x0000000000000000, 'F', 6, true, false, "+0.000000"),
        (0x0000000000000000, 'F', 17, true, false, "+0.00000000000000000"),
        (0x0000000000000000, 'g', 3, false, false, "0"),
        (0x0000000000000000, 'g', 3, false, true, "0.00"),
        (0x0000000000000000, 'g', 3, true, false, "+0"),
        (0x0000000000000000, 'g', 6, false, true, "0.00000"),
        (0x0000000000000000, 'g', 17, false, true, "0.0000000000000000"),
        (0x0000000000000000, 'g', 17, true, false, "+0"),
        (0x0000000000000000, 'G', 0, true, false, "+0"),
        (0x0000000000000000, 'G', 0, true, true, "+0."),
        (0x0000000000000000, 'G', 1, false, false, "0"),
        (0x0000000000000000, 'G', 1, false, true, "0."),
        (0x0000000000000000, 'G', 1, true, false, "+0"),
        (0x0000000000000000, 'G', 2, false, true, "0.0"),
        (0x0000000000000000, 'G', 2, true, false, "+0"),
        (0x0000000000000000, 'G', 2, true, true, "+0.0"),
        (0x0000000000000000, 'G', 3, false, false, "0"),
        (0x0000000000000000, 'G', 3, true, false, "+0"),
        (0x0000000000000000, 'G', 6, false, true, "0.00000"),
        (0x0000000000000000, 'G', 6, true, true, "+0.00000"),
        (0x0000000000000000, 'G', 17, true, false, "+0"),
        (0x0000000000000000, 'G', 17, true, true, "+0.0000000000000000"),
        (0x8000000000000000, 'e', 0, true, false, "-0e+00"),
        (0x8000000000000000, 'e', 2, true, false, "-0.00e+00"),
        (0x8000000000000000, 'e', 3, false, false, "-0.000e+00"),
        (0x8000000000000000, 'e', 3, false, true, "-0.000e+00"),
        (0x8000000000000000, 'e', 3, true, false, "-0.000e+00"),
        (0x8000000000000000, 'e', 6, false, false, "-0.000000e+00"),
        (0x8000000000000000, 'e', 6, false, true, "-0.000000e+00"),
        (0x8000000000000000, 'e', 6, true, true, "-0.000000e+00"),
        (0x8000000000000000, 'e', 17, false, false, "-0.00000000000000000e+00"),
        (0x8000000000000000, 'e', 17, true, false, "-0.00000000000000000e+00"),
        (0x8000000000000000, 'e', 17, true, true, "-0.00000000000000000e+00"),
        (0x8000000000000000, 'E', 0, true, true, "-0.E+00"),
        (0x8000000000000000, 'E', 2, false, false, "-0.00E+00"),
        (0x8000000000000000, 'E', 2, false, true, "-0.00E+00"),
        (0x8000000000000000, 'E', 2, true, false, "-0.00E+00"),
        (0x8000000000000000, 'E', 3, false, true, "-0.000E+00"),
        (0x8000000000000000, 'E', 3, true, true, "-0.000E+00"),
        (0x8000000000000000, 'E', 6, false, false, "-0.000000E+00"),
        (0x8000000000000000, 'E', 6, false, true, "-0.000000E+00"),
        (0x8000000000000000, 'E', 17, false, true, "-0.00000000000000000E+00"),
        (0x8000000000000000, 'f', 0, false, false, "-0"),
        (0x8000000000000000, 'f', 0, false, true, "-0."),
        (0x8000000000000000, 'f', 1, false, false, "-0.0"),
        (0x8000000000000000, 'f', 1, false, true, "-0.0"),
        (0x8000000000000000, 'f', 2, false, false, "-0.00"),
        (0x8000000000000000, 'f', 3, false, true, "-0.000"),
        (0x8000000000000000, 'f', 3, true, false, "-0.000"),
        (0x8000000000000000, 'f', 6, false, false, "-0.000000"),
        (0x8000000000000000, 'f', 17, false, true, "-0.00000000000000000"),
        (0x8000000000000000, 'f', 17, true, false, "-0.00000000000000000"),
        (0x8000000000000000, 'f', 17, true, true, "-0.00000000000000000"),
        (0x8000000000000000, 'F', 0, true, true, "-0."),
        (0x8000000000000000, 'F', 1, false, false, "-0.0"),
        (0x8000000000000000, 'F', 1, true, false, "-0.0"),
        (0x8000000000000000, 'F', 2, false, true, "-0.00"),
        (0x8000000000000000, 'F', 2, true, true, "-0.00"),
        (0x8000000000000000, 'F', 3, false, true, "-0.000"),
        (0x8000000000000000, 'F', 3, true, false, "-0.000"),
        (0x8000000000000000, 'F', 3, true, true, "-0.000"),
        (0x8000000000000000, 'F', 6, false, false, "-0.000000"),
        (0x8000000000000000, 'F', 6, true, false, "-0.000000"),
        (0x8000000000000000, 'F', 17, false, false, "-0.00000000000000000"),
        (0x8000000000000000, 'g', 0, false, false, "-0"),
        (0x8000000000000000, 'g', 0, true, true, "-0."),
        (0x8000000000000000, 'g', 2, false, true, "-0.0"),
        (0x8000000000000000, 'g', 2, true, false, "-0"),
        (0x8000000000000000, 'g', 2, true, true, "-0.0"),
        (0x8000000000000000, 'g', 3, true, true, "-0.00"),
        (0x8000000000000000, 'g', 6, false, false, "-0"),
        (0x8000000000000000, 'g', 6, true, false, "-0"),
        (0x8000000000000000, 'g', 17, true, true, "-0.0000000000000000"),
        (0x8000000000000000, 'G', 0, false, false, "-0"),
        (0x8000000000000000, 'G', 0, false, true, "-0."),
        (0x8000000000000000, 'G', 0, true, false, "-0"),
        (0x8000000000000000, 'G', 2, false, false, "-0"),
        (0x8000000000000000, 'G', 2, true, false, "-0"),
        (0x8000000000000000, 'G', 2, true, true, "-0.0"),
        (0x8000000000000000, 'G', 3, true, false, "-0"),
        (0x8000000000000000, 'G', 3, true, true, "-0.00"),
        (0x8000000000000000, 'G', 6, true, true, "-0.00000"),
        (0x3ff0000000000000, 'e', 0, false, false, "1e+00"),
        (0x3ff0000000000000, 'e', 0, false, true, "1.e+00"),
        (0x3ff0000000000000, 'e', 0, true, true, "+1.e+00"),
        (0x3ff0000000000000, 'e', 1, true, false, "+1.0e+00"),
        (0x3ff0000000000000, 'e', 2, false, true, "1.00e+00"),
        (0x3ff0000000000000, 'e', 3, false, false, "1.000e+00"),
        (0x3ff0000000000000, 'e', 6, false, true, "1.000000e+00"),
        (0x3ff0000000000000, 'E', 0, false, false, "1E+00"),
        (0x3ff0000000000000, 'E', 1, false, false, "1.0E+00"),
        (0x3ff0000000000000, 'E', 1, false, true, "1.0E+00"),
        (0x3ff0000000000000, 'E', 1, true, true, "+1.0E+00"),
        (0x3ff0000000000000, 'E', 2, false, false, "1.00E+00"),
        (0x3ff0000000000000, 'E', 2, true, false, "+1.00E+00"),
        (0x3ff0000000000000, 'E', 2, true, true, "+1.00E+00"),
        (0x3ff0000000000000, 'E', 3, true, true, "+1.000E+00"),
        (0x3ff0000000000000, 'f', 0, true, true, "+1."),
        (0x3ff0000000000000, 'f', 1, false, false, "1.0"),
        (0x3ff0000000000000, 'f', 1, false, true, "1.0"),
        (0x3ff0000000000000, 'f', 1, true, true, "+1.0"),
        (0x3ff0000000000000, 'f', 2, false, false, "1.00"),
        (0x3ff0000000000000, 'f', 3, false, false, "1.000"),
        (0x3ff0000000000000, 'f', 6, true, true, "+1.000000"),
        (0x3ff0000000000000, 'f', 17, false, false, "1.00000000000000000"),
        (0x3ff0000000000000, 'f', 17, true, true, "+1.00000000000000000"),
        (0x3ff0000000000000, 'F', 1, false, true, "1.0"),
        (0x3ff0000000000000, 'F', 1, true, true, "+1.0"),
        (0x3ff0000000000000, 'F', 2, false, false, "1.00"),
        (0x3ff0000000000000, 'F', 2, false, true, "1.00"),
        (0x3ff0000000000000, 'F', 2, true, false, "+1.00"),
        (0x3ff0000000000000, 'F', 2, true, true, "+1.00"),
        (0x3ff0000000000000, 'F', 3, true, false, "+1.000"),
        (0x3ff0000000000000, 'F', 6, true, true, "+1.000000"),
        (0x3ff0000000000000, 'g', 0, true, true, "+1."),
        (0x3ff0000000000000, 'g', 1, false, true, "1."),
        (0x3ff0000000000000, 'g', 2, false, false, "1"),
        (0x3ff0000000000000, 'g', 3, false, false, "1"),
        (0x3ff0000000000000, 'g', 3, true, true, "+1.00"),
        (0x3ff0000000000000, 'g', 6, false, false, "1"),
        (0x3ff0000000000000, 'g', 6, false, true, "1.00000"),
        (0x3ff0000000000000, 'g', 17, false, false, "1"),
        (0x3ff0000000000000, 'g', 17, false, true, "1.0000000000000000"),
        (0x3ff0000000000000, 'g', 17, true, false, "+1"),
        (0x3ff0000000000000, 'G', 1, false, false, "1"),
        (0x3ff0000000000000, 'G', 1, true, false, "+1"),
        (0x3ff0000000000000, 'G', 2, false, true, "1.0"),
        (0x3ff0000000000000, 'G', 3, false, false, "1"),
        (0x3ff0000000000000, 'G', 3, false, true, "1.00"),
        (0x3ff0000000000000, 'G', 6, false, false, "1"),
        (0x3ff0000000000000, 'G', 6, true, true, "+1.00000"),
        (0x3ff0000000000000, 'G', 17, false, true, "1.0000000000000000"),
        (0x3fe0000000000000, 'e', 0, true, false, "+5e-01"),
        (0x3fe0000000000000, 'e', 0, true, true, "+5.e-01"),
        (0x3fe0000000000000, 'e', 3, false, false, "5.000e-01"),
        (0x3fe0000000000000, 'E', 1, true, true, "+5.0E-01"),
        (0x3fe0000000000000, 'f', 1, true, false, "+0.5"),
        (0x3fe0000000000000, 'F', 3, true, false, "+0.500"),
        (0x3fe0000000000000, 'g', 6, false, true, "0.500000"),
        (0x3fe0000000000000, 'g', 6, true, true, "+0.500000"),
        (0x4004000000000000, 'e', 0, true, true, "+2.e+00"),
        (0x4004000000000000, 'e', 3, false, false, "2.500e+00"),
        (0x4004000000000000, 'e', 6, true, false, "+2.500000e+00"),
        (0x4004000000000000, 'f', 1, false, true, "2.5"),
        (0x4004000000000000, 'f', 2, false, false, "2.50"),
        (0x4004000000000000, 'f', 2, true, true, "+2.50"),
        (0x4004000000000000, 'F', 1, true, false, "+2.5"),
        (0x4004000000000000, 'g', 0, true, true, "+2."),
        (0x4004000000000000, 'g', 2, false, false, "2.5"),
        (0x4004000000000000, 'g', 2, true, false, "+2.5"),
        (0x4004000000000000, 'g', 3, true, true, "+2.50"),
        (0x4004000000000000, 'G', 6, true, false, "+2.5"),
        (0xc005666666666666, 'e', 2, false, true, "-2.67e+00"),
        (0xc005666666666666, 'e', 3, false, false, "-2.675e+00"),
        (0xc005666666666666, 'E', 0, true, false, "-3E+00"),
        (0xc005666666666666, 'E', 1, false, false, "-2.7E+00"),
        (0xc005666666666666, 'E', 2, true, false, "-2.67E+00"),
        (0xc005666666666666, 'f', 3, true, false, "-2.675"),
        (0xc005666666666666, 'F', 1, true, true, "-2.7"),
        (0xc005666666666666, 'F', 17, true, false, "-2.67499999999999982"),
        (0xc005666666666666, 'F', 17, true, true, "-2.67499999999999982"),
        (0xc005666666666666, 'g', 3, true, false, "-2.67"),
        (0xc005666666666666, 'g', 6, true, false, "-2.675"),
        (0x3fc0000000000000, 'e', 6, false, true, "1.250000e-01"),
        (0x3fc0000000000000, 'f', 3, false, true, "0.125"),
        (0x3fc0000000000000, 'F', 3, true, false, "+0.125"),
        (0x3fc0000000000000, 'F', 6, false, false, "0.125000"),
        (0x3fc0000000000000, 'F', 6, true, true, "+0.125000"),
        (0x3fc0000000000000, 'g', 2, false, true, "0.12"),
        (0x3fc0000000000000, 'g', 3, false, false, "0.125"),
        (0x3fc0000000000000, 'G', 1, false, false, "0.1"),
        (0x3fc0000000000000, 'G', 2, false, true, "0.12"),
        (0x3fc0000000000000, 'G', 6, true, true, "+0.125000"),
        (0x3fc0000000000000, 'G', 17, true, true, "+0.12500000000000000"),
        (0x4341c37937e08000, 'e', 1, false, false, "1.0e+16"),
        (0x4341c37937e08000, 'e', 1, false, true, "1.0e+16"),
        (0x4341c37937e08000, 'e', 1, true, false, "+1.0e+16"),
        (0x4341c37937e08000, 'e', 2, false, false, "1.00e+16"),
        (0x4341c37937e08000, 'e', 2, true, true, "+1.00e+16"),
        (0x4341c37937e08000, 'e', 3, true, false, "+1.000e+16"),
        (0x4341c37937e08000, 'e', 6, false, false, "1.000000e+16"),
        (0x4341c37937e08000, 'e', 6, true, false, "+1.000000e+16"),
        (0x4341c37937e08000, 'e', 6, true, true, "+1.000000e+16"),
        (0x4341c37937e08000, 'E', 0, false, false, "1E+16"),
        (0x4341c37937e08000, 'E', 0, true, true, "+1.E+16"),
        (0x4341c37937e08000, 'E', 1, false, false, "1.0E+16"),
        (0x4341c37937e08000, 'E', 1, true, false, "+1.0E+16"),
        (0x4341c37937e08000, 'E', 3, true, false, "+1.000E+16"),
        (0x4341c37937e08000, 'E', 3, true, true, "+1.000E+16"),
        (0x4341c37937e08000, 'f', 0, false, false, "10000000000000000"),
        (0x4341c37937e08000, 'f', 1, true, false, "+10000000000000000.0"),
        (0x4341c37937e08000, 'f', 2, true, true, "+10000000000000000.00"),
        (0x4341c37937e08000, 'f', 6, false, false, "10000000000000000.000000"),
        (0x4341c37937e08000, 'f', 6, false, true, "10000000000000000.000000"),
        (0x4341c37937e08000, 'f', 6, true, true, "+10000000000000000.000000"),
        (0x4341c37937e08000, 'f', 17, true, true, "+10000000000000000.00000000000000000"),
        (0x4341c37937e08000, 'F', 1, true, false, "+10000000000000000.0"),
        (0x4341c37937e08000, 'F', 2, false, true, "10000000000000000.00"),
        (0x4341c37937e08000, 'F', 2, true, false, "+10000000000000000.00"),
        (0x4341c37937e08000, 'F', 6, false, false, "10000000000000000.000000"),
        (0x4341c37937e08000, 'F', 6, true, false, "+10000000000000000.000000"),
        (0x4341c37937e08000, 'F', 6, true, true, "+10000000000000000.000000"),
        (0x4341c37937e08000, 'F', 17, true, true, "+10000000000000000.00000000000000000"),
        (0x4341c37937e08000, 'g', 0, false, false, "1e+16"),
        (0x4341c37937e08000, 'g', 0, false, true, "1.e+16"),
        (0x4341c37937e08000, 'g', 0, true, true, "+1.e+16"),
        (0x4341c37937e08000, 'g', 1, true, false, "+1e+16"),
        (0x4341c37937e08000, 'g', 2, false, true, "1.0e+16"),
        (0x4341c37937e08000, 'g', 2, true, false, "+1e+16"),
        (0x4341c37937e08000, 'g', 2, true, true, "+1.0e+16"),
        (0x4341c37937e08000, 'g', 3, true, false, "+1e+16"),
        (0x4341c37937e08000, 'g', 6, false, true, "1.00000e+16"),
        (0x4341c37937e08000, 'g', 17, true, false, "+10000000000000000"),
        (0x4341c37937e08000, 'G', 0, false, true, "1.E+16"),
        (0x4341c37937e08000, 'G', 1, true, true, "+1.E+16"),
        (0x4341c37937e08000, 'G', 2, true, false, "+1E+16"),
        (0x4341c37937e08000, 'G', 6, false, true, "1.00000E+16"),
        (0x4341c37937e08000, 'G', 6, true, false, "+1E+16"),
        (0x4341c37937e08000, 'G', 17, false, false, "10000000000000000"),
        (0x3ee4f8b588e368f1, 'e', 1, true, false, "+1.0e-05"),
        (0x3ee4f8b588e368f1, 'E', 1, false, true, "1.0E-05"),
        (0x3ee4f8b588e368f1, 'G', 6, true, true, "+1.00000E-05"),
        (0x40fe240c9fbe76c9, 'E', 17, true, true, "+1.23456789000000004E+05"),
        (0x40fe240c9fbe76c9, 'f', 0, false, false, "123457"),
        (0x40fe240c9fbe76c9, 'f', 0, false, true, "123457."),
        (0x40fe240c9fbe76c9, 'f', 17, false, true, "123456.78900000000430737"),
        (0x40fe240c9fbe76c9, 'f', 17, true, false, "+123456.78900000000430737"),
        (0x40fe240c9fbe76c9, 'F', 2, false, false, "123456.79"),
        (0x40fe240c9fbe76c9, 'g', 6, true, false, "+123457"),
        (0x40fe240c9fbe76c9, 'g', 6, true, true, "+123457."),
        (0x4023fff2e48e8a72, 'e', 0, false, true, "1.e+01"),
        (0x4023fff2e48e8a72, 'e', 6, true, true, "+9.999900e+00"),
        (0x4023fff2e48e8a72, 'E', 1, true, false, "+1.0E+01"),
        (0x4023fff2e48e8a72, 'f', 3, true, true, "+10.000"),
        (0x4023fff2e48e8a72, 'f', 17, false, false, "9.99990000000000023"),
        (0x4023fff2e48e8a72, 'f', 17, false, true, "9.99990000000000023"),
        (0x4023fff2e48e8a72, 'F', 6, false, false, "9.999900"),
        (0x4023fff2e48e8a72, 'g', 3, false, false, "10"),
        (0x4023fff2e48e8a72, 'G', 2, false, false, "10"),
        (0x4023fff2e48e8a72, 'G', 17, false, true, "9.9999000000000002"),
        (0x40f869f800000000, 'e', 1, true, true, "+1.0e+05"),
        (0x40f869f800000000, 'e', 3, true, true, "+1.000e+05"),
        (0x40f869f800000000, 'e', 6, true, false, "+9.999950e+04"),
        (0x40f869f800000000, 'e', 17, true, true, "+9.99995000000000000e+04"),
        (0x40f869f800000000, 'E', 1, true, false, "+1.0E+05"),
        (0x40f869f800000000, 'f', 3, false, false, "99999.500"),
        (0x40f869f800000000, 'f', 6, false, false, "99999.500000"),
        (0x40f869f800000000, 'F', 6, false, true, "99999.500000"),
        (0x40f869f800000000, 'g', 3, false, true, "1.00e+05"),
        (0x40f869f800000000, 'g', 6, false, false, "99999.5"),
        (0x40f869f800000000, 'G', 6, true, false, "+99999.5"),
        (0x40f869f800000000, 'G', 6, true, true, "+99999.5"),
        (0x40f869f800000000, 'G', 17, false, false, "99999.5"),
        (0x3f202e7ef70994dd, 'E', 17, false, true, "1.23456000000000005E-04"),
        (0x3f202e7ef70994dd, 'f', 0, false, false, "0"),
        (0x3f202e7ef70994dd, 'f', 3, false, true, "0.000"),
        (0x3f202e7ef70994dd, 'F', 1, true, false, "+0.0"),
        (0x3f202e7ef70994dd, 'F', 3, false, false, "0.000"),
        (0x3f202e7ef70994dd, 'F', 3, false, true, "0.000"),
        (0x3f202e7ef70994dd, 'F', 17, false, false, "0.00012345600000000"),
        (0x3f202e7ef70994dd, 'g', 0, false, false, "0.0001"),
        (0x3f202e7ef70994dd, 'g', 1, false, false, "0.0001"),
        (0x3f202e7ef70994dd, 'G', 3, true, true, "+0.000123"),
        (0x3f202e7ef70994dd, 'G', 6, true, false, "+0.000123456"),
        (0x7e37e43c8800759c, 'e', 0, false, true, "1.e+300"),
        (0x7e37e43c8800759c, 'e', 6, false, false, "1.000000e+300"),
        (0x7e37e43c8800759c, 'E', 17, true, true, "+1.00000000000000005E+300"),
        (0x7e37e43c8800759c, 'f', 2, false, false, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.00"),
        (0x7e37e43c8800759c, 'f', 6, true, true, "+1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"),
        (0x7e37e43c8800759c, 'F', 1, false, false, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0"),
        (0x7e37e43c8800759c, 'g', 3, true, false, "+1e+300"),
        (0x0000000000000001, 'e', 6, true, false, "+4.940656e-324"),
        (0x0000000000000001, 'f', 1, false, false, "0.0"),
        (0x0000000000000001, 'F', 3, false, false, "0.000"),
        (0x0000000000000001, 'F', 6, true, false, "+0.000000"),
        (0x0000000000000001, 'F', 17, true, false, "+0.00000000000000000"),
        (0x0000000000000001, 'g', 2, true, true, "+4.9e-324"),
        (0x0000000000000001, 'g', 3, true, false, "+4.94e-324"),
        (0x0000000000000001, 'G', 0, true, true, "+5.E-324"),
        (0x0000000000000001, 'G', 2, true, false, "+4.9E-324"),
        (0x0000000000000001, 'G', 17, true, false, "+4.9406564584124654E-324"),
        (0x7ff0000000000000, 'E', 0, false, false, "INF"),
        (0x7ff0000000000000, 'f', 1, true, true, "+inf"),
        (0x7ff0000000000000, 'g', 2, true, false, "+inf"),
        (0x7ff0000000000000, 'g', 17, true, true, "+inf"),
        (0x7ff0000000000000, 'G', 17, false, true, "INF"),
        (0xfff0000000000000, 'e', 0, false, true, "-inf"),
        (0xfff0000000000000, 'e', 0, true, true, "-inf"),
        (0xfff0000000000000, 'e', 1, true, true, "-inf"),
        (0xfff0000000000000, 'e', 17, true, false, "-inf"),
        (0xfff0000000000000, 'E', 2, true, false, "-INF"),
        (0xfff0000000000000, 'f', 0, true, false, "-inf"),
        (0xfff0000000000000, 'f', 17, true, true, "-inf"),
        (0xfff0000000000000, 'F', 2, true, true, "-INF"),
        (0xfff0000000000000, 'g', 2, true, false, "-inf"),
        (0xfff0000000000000, 'g', 6, true, false, "-inf"),
        (0x7ff8000000000000, 'e', 1, true, true, "+nan"),
        (0x7ff8000000000000, 'e', 3, false, false, "nan"),
        (0x7ff8000000000000, 'f', 0, true, false, "+nan"),
        (0x7ff8000000000000, 'f', 1, true, false, "+nan"),
        (0x7ff8000000000000, 'f', 3, true, false, "+nan"),
        (0x7ff8000000000000, 'g', 17, false, true, "nan"),
        (0x7ff8000000000000, 'g', 17, true, false, "+nan"),
        (0x7ff8000000000000, 'G', 2, true, true, "+NAN"),
        (0x7ff8000000000000, 'G', 3, false, false, "NAN"),
        (0x40934a0000000000, 'F', 0, true, false, "+1234"),
        (0x40934a0000000000, 'F', 2, true, false, "+1234.50"),
        (0x40934a0000000000, 'F', 6, true, true, "+1234.500000"),
        (0x40934a0000000000, 'F', 17, true, true, "+1234.50000000000000000"),
        (0x40934a0000000000, 'g', 2, false, false, "1.2e+03"),
        (0x40934a0000000000, 'G', 6, true, false, "+1234.5"),
        (0x3fa999999999999a, 'E', 6, false, false, "5.000000E-02"),
        (0x3fa999999999999a, 'g', 0, false, true, "0.05"),
        (0x3fa999999999999a, 'g', 17, true, false, "+0.050000000000000003"),
        (0x408f3fff2e48e8a7, 'E', 1, true, true, "+1.0E+03"),
        (0x408f3fff2e48e8a7, 'E', 3, true, false, "+1.000E+03"),
        (0x408f3fff2e48e8a7, 'E', 3, true, true, "+1.000E+03"),
        (0x408f3fff2e48e8a7, 'F', 2, false, true, "1000.00"),
        (0x408f3fff2e48e8a7, 'F', 3, false, true, "1000.000"),
        (0x4480f0cf064dd592, 'e', 2, false, false, "1.00e+22"),
        (0x4480f0cf064dd592, 'e', 3, true, true, "+1.000e+22"),
        (0x4480f0cf064dd592, 'e', 6, false, false, "1.000000e+22"),
        (0x4480f0cf064dd592, 'E', 0, true, false, "+1E+22"),
        (0x4480f0cf064dd592, 'E', 1, true, true, "+1.0E+22"),
        (0x4480f0cf064dd592, 'f', 3, false, false, "10000000000000000000000.000"),
        (0x4480f0cf064dd592, 'g', 0, false, true, "1.e+22"),
        (0x4480f0cf064dd592, 'G', 1, true, true, "+1.E+22"),
        (0x4480f0cf064dd592, 'G', 17, true, true, "+1.0000000000000000E+22"),
        (0x4059000000000000, 'f', 0, true, true, "+100."),
        (0x4059000000000000, 'g', 3, false, true, "100."),
        (0x3fd9dac6db0bc808, 'E', 1, false, false, "4.0E-01"),
        (0x3fd9dac6db0bc808, 'E', 2, true, true, "+4.04E-01"),
        (0x3fd9dac6db0bc808, 'E', 17, false, true, "4.03978074943666332E-01"),
        (0x3fd9dac6db0bc808, 'f', 1, true, false, "+0.4"),
        (0x3fd9dac6db0bc808, 'F', 17, false, false, "0.40397807494366633"),
        (0x3fd9dac6db0bc808, 'G', 6, false, false, "0.403978"),
        (0x3ef825116bb44900, 'e', 0, true, true, "+2.e-05"),
        (0x3ef825116bb44900, 'e', 17, false, false, "2.30262728396291375e-05"),
        (0x3ef825116bb44900, 'E', 2, true, false, "+2.30E-05"),
        (0x3ef825116bb44900, 'g', 3, true, true, "+2.30e-05"),
        (0x3ef825116bb44900, 'G', 3, false, false, "2.3E-05"),
        (0x424d3ce2213b9c2c, 'e', 0, true, true, "+3.e+11"),
        (0x424d3ce2213b9c2c, 'e', 3, false, true, "2.512e+11"),
        (0x424d3ce2213b9c2c, 'E', 2, false, true, "2.51E+11"),
        (0x424d3ce2213b9c2c, 'E', 3, true, true, "+2.512E+11"),
        (0x424d3ce2213b9c2c, 'E', 17, false, true, "2.51151008375220093E+11"),
        (0x424d3ce2213b9c2c, 'f', 3, false, false, "251151008375.220"),
        (0x424d3ce2213b9c2c, 'f', 3, true, false, "+251151008375.220"),
        (0x424d3ce2213b9c2c, 'f', 17, false, false, "251151008375.22009277343750000"),
        (0x424d3ce2213b9c2c, 'F', 6, true, false, "+251151008375.220093"),
        (0x424d3ce2213b9c2c, 'g', 1, false, false, "3e+11"),
        (0x424d3ce2213b9c2c, 'g', 6, false, false, "2.51151e+11"),
        (0x424d3ce2213b9c2c, 'G', 1, true, false, "+3E+11"),
        (0x424d3ce2213b9c2c, 'G', 6, true, false, "+2.51151E+11"),
        (0x43e0473af9394747, 'e', 2, true, true, "+9.38e+18"),
        (0x43e0473af9394747, 'e', 3, false, false, "9.384e+18"),
        (0x43e0473af9394747, 'e', 6, true, true, "+9.383769e+18"),
        (0x43e0473af9394747, 'e', 17, true, false, "+9.38376856028435046e+18"),
        (0x43e0473af9394747, 'E', 17, false, true, "9.38376856028435046E+18"),
        (0x43e0473af9394747, 'f', 0, false, false, "9383768560284350464"),
        (0x43e0473af9394747, 'f', 3, true, false, "+9383768560284350464.000"),
        (0x43e0473af9394747, 'g', 0, true, false, "+9e+18"),
        (0x43e0473af9394747, 'g', 2, true, true, "+9.4e+18"),
        (0x43e0473af9394747, 'g', 3, true, false, "+9.38e+18"),
        (0x43e0473af9394747, 'G', 3, false, false, "9.38E+18"),
        (0x43e0473af9394747, 'G', 6, true, true, "+9.38377E+18"),
        (0xc010dd961a9c72e3, 'E', 3, false, false, "-4.216E+00"),
        (0xc010dd961a9c72e3, 'F', 0, false, false, "-4"),
        (0xc010dd961a9c72e3, 'g', 1, true, false, "-4"),
        (0xc010dd961a9c72e3, 'g', 2, true, false, "-4.2"),
        (0xc010dd961a9c72e3, 'g', 17, true, false, "-4.2163929136265521"),
        (0xc010dd961a9c72e3, 'G', 0, false, false, "-4"),
        (0x4020724e5f78643f, 'E', 3, true, false, "+8.223E+00"),
        (0x4020724e5f78643f, 'f', 1, false, false, "8.2"),
        (0x4020724e5f78643f, 'f', 2, false, false, "8.22"),
        (0x4020724e5f78643f, 'F', 2, true, true, "+8.22"),
        (0x4020724e5f78643f, 'g', 17, true, false, "+8.2232541880094896"),
        (0x4020724e5f78643f, 'G', 1, true, false, "+8"),
        (0xbfa7a0c0f76d7975, 'e', 1, false, false, "-4.6e-02"),
        (0xbfa7a0c0f76d7975, 'e', 6, false, false, "-4.614833e-02"),
        (0xbfa7a0c0f76d7975, 'e', 6, true, false, "-4.614833e-02"),
        (0xbfa7a0c0f76d7975, 'E', 6, true, true, "-4.614833E-02"),
        (0xbfa7a0c0f76d7975, 'f', 3, true, false, "-0.046"),
        (0xbfa7a0c0f76d7975, 'F', 2, true, false, "-0.05"),
        (0xbfa7a0c0f76d7975, 'F', 6, false, false, "-0.046148"),
        (0xbfa7a0c0f76d7975, 'F', 17, false, false, "-0.04614832897526614"),
        (0x4411fd82c6c25f89, 'e', 1, true, false, "+8.3e+19"),
        (0x4411fd82c6c25f89, 'e', 3, true, true, "+8.297e+19"),
        (0x4411fd82c6c25f89, 'e', 6, false, false, "8.296551e+19"),
        (0x4411fd82c6c25f89, 'e', 6, false, true, "8.296551e+19"),
        (0x4411fd82c6c25f89, 'E', 1, false, false, "8.3E+19"),
        (0x4411fd82c6c25f89, 'E', 1, true, false, "+8.3E+19"),
        (0x4411fd82c6c25f89, 'f', 2, true, false, "+82965507707439824896.00"),
        (0x4411fd82c6c25f89, 'F', 17, false, false, "82965507707439824896.00000000000000000"),
        (0x4411fd82c6c25f89, 'G', 3, true, false, "+8.3E+19"),
        (0x429110443b986a85, 'e', 3, true, false, "+4.690e+12"),
        (0x429110443b986a85, 'f', 0, false, false, "4690390476315"),
        (0x429110443b986a85, 'F', 2, true, true, "+4690390476314.63"),
        (0x429110443b986a85, 'G', 2, true, true, "+4.7E+12"),
        (0x429110443b986a85, 'G', 3, false, false, "4.69E+12"),
        (0x429110443b986a85, 'G', 6, false, true, "4.69039E+12"),
        (0xbd52f51097d1996b, 'e', 1, false, true, "-2.7e-13"),
        (0xbd52f51097d1996b, 'e', 6, false, false, "-2.693992e-13"),
        (0xbd52f51097d1996b, 'E', 6, false, true, "-2.693992E-13"),
        (0xbd52f51097d1996b, 'f', 1, true, true, "-0.0"),
        (0xbd52f51097d1996b, 'F', 0, true, true, "-0."),
        (0xbd52f51097d1996b, 'F', 1, false, true, "-0.0"),
        (0xbd52f51097d1996b, 'F', 3, false, true, "-0.000"),
        (0xbd52f51097d1996b, 'F', 3, true, true, "-0.000"),
        (0xbd52f51097d1996b, 'g', 17, false, false, "-2.693992149677271e-13"),
        (0xbd52f51097d1996b, 'G', 0, false, true, "-3.E-13"),
        (0xbd52f51097d1996b, 'G', 2, true, false, "-2.7E-13"),
        (0xbd52f51097d1996b, 'G', 3, true, false, "-2.69E-13"),
        (0xbd52f51097d1996b, 'G', 6, true, false, "-2.69399E-13"),
        (0xbd52f51097d1996b, 'G', 17, false, true, "-2.6939921496772710E-13"),
        (0x445b9d7f87bc7b22, 'e', 17, false, false, "2.03764411527897704e+21"),
        (0x445b9d7f87bc7b22, 'E', 6, true, true, "+2.037644E+21"),
        (0x445b9d7f87bc7b22, 'E', 17, true, false, "+2.03764411527897704E+21"),
        (0x445b9d7f87bc7b22, 'E', 17, true, true, "+2.03764411527897704E+21"),
        (0x445b9d7f87bc7b22, 'f', 6, false, false, "2037644115278977040384.000000"),
        (0x445b9d7f87bc7b22, 'F', 0, true, true, "+2037644115278977040384."),
        (0x445b9d7f87bc7b22, 'F', 6, true, true, "+2037644115278977040384.000000"),
        (0x445b9d7f87bc7b22, 'g', 0, false, false, "2e+21"),
        (0x445b9d7f87bc7b22, 'g', 1, false, false, "2e+21"),
        (0x445b9d7f87bc7b22, 'G', 3, true, true, "+2.04E+21"),
        (0xbfdd92d404263494, 'e', 3, true, true, "-4.621e-01"),
        (0xbfdd92d404263494, 'e', 6, true, false, "-4.620867e-01"),
        (0xbfdd92d404263494, 'E', 0, true, true, "-5.E-01"),
        (0xbfdd92d404263494, 'F', 6, false, true, "-0.462087"),
        (0xbfdd92d404263494, 'g', 1, false, true, "-0.5"),
        (0xbfdd92d404263494, 'g', 3, false, false, "-0.462"),
        (0xbfdd92d404263494, 'G', 2, true, true, "-0.46"),
        (0x420231533fe9dd81, 'f', 0, true, false, "+9767118845"),
        (0x420231533fe9dd81, 'g', 1, true, true, "+1.e+10"),
        (0x420231533fe9dd81, 'g', 17, true, false, "+9767118845.2331562"),
        (0xbf61ae248edf7233, 'E', 1, true, true, "-2.2E-03"),
        (0xbf61ae248edf7233, 'E', 3, true, false, "-2.158E-03"),
        (0xbf61ae248edf7233, 'f', 1, true, true, "-0.0"),
        (0xbf61ae248edf7233, 'f', 3, true, false, "-0.002"),
        (0xbf61ae248edf7233, 'g', 0, false, true, "-0.002"),
        (0xbf61ae248edf7233, 'g', 6, false, true, "-0.00215823"),
        (0x3fae7c41ac51ab55, 'e', 0, false, true, "6.e-02"),
        (0x3fae7c41ac51ab55, 'e', 17, false, false, "5.95417521334044367e-02"),
        (0x3fae7c41ac51ab55, 'E', 0, false, true, "6.E-02"),
        (0x3fae7c41ac51ab55, 'E', 1, false, false, "6.0E-02"),
        (0x3fae7c41ac51ab55, 'f', 1, true, true, "+0.1"),
        (0x3fae7c41ac51ab55, 'f', 2, true, false, "+0.06"),
        (0x3fae7c41ac51ab55, 'F', 6, false, false, "0.059542"),
        (0x3fae7c41ac51ab55, 'F', 17, true, false, "+0.05954175213340444"),
        (0x3fae7c41ac51ab55, 'g', 2, true, true, "+0.060"),
        (0x3fae7c41ac51ab55, 'G', 1, true, true, "+0.06"),
        (0x3fae7c41ac51ab55, 'G', 6, false, true, "0.0595418"),
        (0x3d5a1486dcf443a8, 'e', 2, false, false, "3.71e-13"),
        (0x3d5a1486dcf443a8, 'E', 0, true, true, "+4.E-13"),
        (0x3d5a1486dcf443a8, 'F', 17, false, false, "0.00000000000037062"),
        (0x3d5a1486dcf443a8, 'g', 0, false, true, "4.e-13"),
        (0x3d5a1486dcf443a8, 'g', 17, false, true, "3.7062168939355098e-13"),
        (0x3d5a1486dcf443a8, 'g', 17, true, true, "+3.7062168939355098e-13"),
        (0x3d5a1486dcf443a8, 'G', 0, true, false, "+4E-13"),
        (0x3d5a1486dcf443a8, 'G', 0, true, true, "+4.E-13"),
        (0x3d5a1486dcf443a8, 'G', 17, true, true, "+3.7062168939355098E-13"),
        (0x42c58ae81fa78943, 'E', 0, true, true, "+5.E+13"),
        (0x42c58ae81fa78943, 'E', 2, true, false, "+4.74E+13"),
        (0x42c58ae81fa78943, 'E', 6, false, true, "4.737269E+13"),
        (0x42c58ae81fa78943, 'E', 6, true, true, "+4.737269E+13"),
        (0x42c58ae81fa78943, 'f', 3, true, true, "+47372688117522.523"),
        (0x42c58ae81fa78943, 'g', 2, true, true, "+4.7e+13"),
        (0x42c58ae81fa78943, 'g', 3, false, false, "4.74e+13"),
        (0x42c58ae81fa78943, 'g', 6, false, true, "4.73727e+13"),
        (0x42c58ae81fa78943, 'G', 17, false, false, "47372688117522.523"),
        (0x3e7924d53bc70707, 'e', 2, false, true, "9.37e-08"),
        (0x3e7924d53bc70707, 'E', 0, true, true, "+9.E-08"),
        (0x3e7924d53bc70707, 'E', 2, true, true, "+9.37E-08"),
        (0x3e7924d53bc70707, 'E', 6, true, false, "+9.366825E-08"),
        (0x3e7924d53bc70707, 'E', 17, true, false, "+9.36682473312468963E-08"),
        (0x3e7924d53bc70707, 'E', 17, true, true, "+9.36682473312468963E-08"),
        (0x3e7924d53bc70707, 'f', 6, true, true, "+0.000000"),
        (0x3e7924d53bc70707, 'F', 0, false, true, "0."),
        (0x3e7924d53bc70707, 'F', 1, true, false, "+0.0"),
        (0x3e7924d53bc70707, 'F', 3, true, false, "+0.000"),
        (0x3e7924d53bc70707, 'G', 0, true, true, "+9.E-08"),
        (0x3e7924d53bc70707, 'G', 1, true, true, "+9.E-08"),
        (0xbd55ccfc43eac759, 'e', 3, false, true, "-3.098e-13"),
        (0xbd55ccfc43eac759, 'e', 3, true, false, "-3.098e-13"),
        (0xbd55ccfc43eac759, 'E', 1, false, false, "-3.1E-13"),
        (0xbd55ccfc43eac759, 'E', 2, false, false, "-3.10E-13"),
        (0xbd55ccfc43eac759, 'E', 6, false, false, "-3.098069E-13"),
        (0xbd55ccfc43eac759, 'f', 0, false, true, "-0."),
        (0xbd55ccfc43eac759, 'g', 0, false, false, "-3e-13"),
        (0xbd55ccfc43eac759, 'G', 0, false, false, "-3E-13"),
        (0xc431df7979354917, 'f', 0, true, false, "-329697684465468768256"),
        (0xc431df7979354917, 'F', 3, true, true, "-329697684465468768256.000"),
        (0xc431df7979354917, 'F', 6, false, true, "-329697684465468768256.000000"),
        (0x3deb98d3495e3947, 'e', 0, true, false, "+2e-10"),
        (0x3deb98d3495e3947, 'E', 3, true, true, "+2.008E-10"),
        (0x3deb98d3495e3947, 'f', 17, true, false, "+0.00000000020079441"),
        (0x3deb98d3495e3947, 'g', 0, false, true, "2.e-10"),
        (0x3deb98d3495e3947, 'g', 3, true, true, "+2.01e-10"),
        (0x3deb98d3495e3947, 'G', 2, false, false, "2E-10"),
        (0xc46e045a4a6f8216, 'e', 1, false, false, "-4.4e+21"),
        (0xc46e045a4a6f8216, 'E', 0, false, true, "-4.E+21"),
        (0xc46e045a4a6f8216, 'f', 1, true, false, "-4429727737425012195328.0"),
        (0xc46e045a4a6f8216, 'f', 6, true, true, "-4429727737425012195328.000000"),
        (0xc46e045a4a6f8216, 'g', 3, false, false, "-4.43e+21"),
        (0xbf15a1611907e2b9, 'E', 0, false, true, "-8.E-05"),
        (0xbf15a1611907e2b9, 'E', 3, false, true, "-8.251E-05"),
        (0xbf15a1611907e2b9, 'E', 6, false, true, "-8.251338E-05"),
        (0xbf15a1611907e2b9, 'E', 6, true, true, "-8.251338E-05"),
        (0xbf15a1611907e2b9, 'E', 17, true, true, "-8.25133813647888162E-05"),
        (0xbf15a1611907e2b9, 'g', 6, true, true, "-8.25134e-05"),
        (0xbf15a1611907e2b9, 'G', 1, false, false, "-8E-05"),
        (0x43aa20b62051e6b0, 'e', 6, false, false, "9.413524e+17"),
        (0x43aa20b62051e6b0, 'g', 3, false, true, "9.41e+17"),
        (0x43aa20b62051e6b0, 'g', 6, false, true, "9.41352e+17"),
        (0x43aa20b62051e6b0, 'g', 17, false, false, "9.4135244708507443e+17"),
        (0x43aa20b62051e6b0, 'g', 17, true, false, "+9.4135244708507443e+17"),
        (0x43aa20b62051e6b0, 'G', 6, true, false, "+9.41352E+17"),
        (0xbf21292ddf0b6262, 'f', 2, false, true, "-0.00"),
        (0xbf21292ddf0b6262, 'f', 17, false, false, "-0.00013092694236751"),
        (0xbf21292ddf0b6262, 'F', 6, false, true, "-0.000131"),
        (0xbf21292ddf0b6262, 'g', 1, false, true, "-0.0001"),
        (0xbf21292ddf0b6262, 'g', 6, false, false, "-0.000130927"),
        (0xbf21292ddf0b6262, 'G', 6, false, false, "-0.000130927"),
    ];

    #[test]
    fn double_to_string_matches_percent_format() {
        for &(bits, code, precision, sign, alt, want) in DTS_TABLE {
            let got = double_to_string(
                f64::from_bits(bits),
                code,
                precision,
                flags(sign, false, alt),
            );
            assert_eq!(
                got, want,
                "bits {bits:#x} code {code} precision {precision}"
            );
        }
    }

    const REPR_TABLE: &[(u64, &str)] = &[
        (0x3fb999999999999a, "0.1"),
        (0x3fc999999999999a, "0.2"),
        (0x3fd3333333333333, "0.3"),
        (0x3fd5555555555555, "0.3333333333333333"),
        (0x3fe5555555555555, "0.6666666666666666"),
        (0x3ff0000000000000, "1.0"),
        (0x4024000000000000, "10.0"),
        (0x4059000000000000, "100.0"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x4341c37937e08000, "1e+16"),
        (0x4376345785d8a000, "1e+17"),
        (0x4341c37937e07fff, "9999999999999998.0"),
        (0x4341c37937e07fff, "9999999999999998.0"),
        (0x4351c37937e08002, "2.000000000000001e+16"),
        (0x42dc12218377de66, "123456789012345.6"),
        (0x4345ee2a2eb5a5c4, "1.2345678901234568e+16"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x3f202e4b6ce5dc68, "0.00012345"),
        (0x3eef75104d551d69, "1.5e-05"),
        (0x0000000000000001, "5e-324"),
        (0x0010000000000000, "2.2250738585072014e-308"),
        (0x7fefffffffffffff, "1.7976931348623157e+308"),
        (0x4480f0cf064dd592, "1e+22"),
        (0x44b52d02c7e14af6, "1e+23"),
        (0x7e37e43c8800759c, "1e+300"),
        (0x01a56e1fc2f8f359, "1e-300"),
        (0x3fe0000000000000, "0.5"),
        (0x4004000000000000, "2.5"),
        (0x40934a0000000000, "1234.5"),
        (0x400921f9f01b866e, "3.14159"),
        (0x4005666666666666, "2.675"),
        (0x4059200000000000, "100.5"),
        (0x54b249ad2594c37d, "1e+100"),
        (0x41678c29dccccccd, "12345678.9"),
        (0x3f50624dd2f1a9fc, "0.001"),
        (0x3f847ae147ae147b, "0.01"),
        (0x405ec00000000000, "123.0"),
        (0x4011666666666666, "4.35"),
        (0x4023fd70a3d70a3d, "9.995"),
        (0x3e7ad7f29abcaf48, "1e-07"),
        (0x3e7d87247702c0d0, "1.1e-07"),
        (0x41b1de784a000000, "299792458.0"),
        (0x44dfe185ca57c517, "6.02214076e+23"),
        (0x3c07a4da290c1653, "1.602176634e-19"),
        (0x3abef2d0f5da7dd9, "1e-25"),
        (0x3ac7361cb863de63, "1.5000000000000001e-25"),
        (0xbaec0c0d5ece020d, "-7.250000000000001e-25"),
        (0x3af357c299a88ea7, "1e-24"),
        (0x3afd03a3e67cd5fa, "1.4999999999999998e-24"),
        (0xbb2187885b40c147, "-7.249999999999999e-24"),
        (0x3b282db34012b251, "1e-23"),
        (0x3b322246700e05bd, "1.5e-23"),
        (0xbb55e96a7210f199, "-7.249999999999999e-23"),
        (0x3b5e392010175ee6, "1e-22"),
        (0x3b66aad80c11872c, "1.5e-22"),
        (0xbb8b63c50e952e00, "-7.25e-22"),
        (0x3b92e3b40a0e9b4f, "1e-21"),
        (0x3b9c558e0f15e8f6, "1.4999999999999998e-21"),
        (0xbbc11e5b291d3cc0, "-7.25e-21"),
        (0x3bc79ca10c924223, "1e-20"),
        (0x3bd1b578c96db19a, "1.4999999999999998e-20"),
        (0xbbf565f1f3648bf0, "-7.25e-20"),
        (0x3bfd83c94fb6d2ac, "1e-19"),
        (0x3c0622d6fbc91e01, "1.5e-19"),
        (0xbc2abf6e703daeec, "-7.25e-19"),
        (0x3c32725dd1d243ac, "1e-18"),
        (0x3c3bab8cbabb6582, "1.5000000000000001e-18"),
        (0xbc60b7a506268d54, "-7.25e-18"),
        (0x3c670ef54646d497, "1e-17"),
        (0x3c714b37f4b51f71, "1.5e-17"),
        (0xbc94e58e47b030a9, "-7.250000000000001e-17"),
        (0x3c9cd2b297d889bc, "1e-16"),
        (0x3ca59e05f1e2674d, "1.5e-16"),
        (0xbcca1ef1d99c3cd2, "-7.249999999999999e-16"),
        (0x3cd203af9ee75616, "1e-15"),
        (0x3cdb05876e5b0121, "1.5000000000000001e-15"),
        (0xbd0053572801a604, "-7.25e-15"),
        (0x3d06849b86a12b9b, "1e-14"),
        (0x3d10e374a4f8e0b4, "1.5e-14"),
        (0xbd34682cf2020f84, "-7.25e-14"),
        (0x3d3c25c268497682, "1e-13"),
        (0x3d451c51ce3718e2, "1.5000000000000002e-13"),
        (0xbd6982382e829366, "-7.25e-13"),
        (0x3d719799812dea11, "1e-12"),
        (0x3d7a636641c4df1a, "1.5e-12"),
        (0xbd9fe2c63a23383f, "-7.25e-12"),
        (0x3da5fd7fe1796495, "1e-11"),
        (0x3db07e1fe91b0b70, "1.5e-11"),
        (0xbdd3edbbe4560327, "-7.25e-11"),
        (0x3ddb7cdfd9d7bdbb, "1e-10"),
        (0x3de49da7e361ce4c, "1.5e-10"),
        (0xbe08e92add6b83f1, "-7.25e-10"),
        (0x3e112e0be826d695, "1e-09"),
        (0x3e19c511dc3a41e0, "1.5000000000000002e-09"),
        (0xbe3f237594c664ee, "-7.25e-09"),
        (0x3e45798ee2308c3a, "1e-08"),
        (0x3e501b2b29a4692c, "1.5000000000000002e-08"),
        (0xbe7376297cfbff15, "-7.250000000000001e-08"),
        (0x3e7ad7f29abcaf48, "1e-07"),
        (0x3e8421f5f40d8376, "1.5e-07"),
        (0xbea853b3dc3afed9, "-7.249999999999999e-07"),
        (0x3eb0c6f7a0b5ed8d, "1e-06"),
        (0x3eb92a737110e454, "1.5e-06"),
        (0xbede68a0d349be90, "-7.25e-06"),
        (0x3ee4f8b588e368f1, "1e-05"),
        (0x3eef75104d551d6a, "1.5000000000000002e-05"),
        (0xbf130164840e171a, "-7.25e-05"),
        (0x3f1a36e2eb1c432d, "0.0001"),
        (0x3f23a92a30553262, "0.00015000000000000001"),
        (0xbf47c1bda5119ce1, "-0.0007250000000000001"),
        (0x3f50624dd2f1a9fc, "0.001"),
        (0x3f589374bc6a7efa, "0.0015"),
        (0xbf7db22d0e560419, "-0.00725"),
        (0x3f847ae147ae147b, "0.01"),
        (0x3f8eb851eb851eb8, "0.015"),
        (0xbfb28f5c28f5c28f, "-0.0725"),
        (0x3fb999999999999a, "0.1"),
        (0x3fc3333333333334, "0.15000000000000002"),
        (0xbfe7333333333334, "-0.7250000000000001"),
        (0x3ff0000000000000, "1.0"),
        (0x3ff8000000000000, "1.5"),
        (0xc01d000000000000, "-7.25"),
        (0x4024000000000000, "10.0"),
        (0x402e000000000000, "15.0"),
        (0xc052200000000000, "-72.5"),
        (0x4059000000000000, "100.0"),
        (0x4062c00000000000, "150.0"),
        (0xc086a80000000000, "-725.0"),
        (0x408f400000000000, "1000.0"),
        (0x4097700000000000, "1500.0"),
        (0xc0bc520000000000, "-7250.0"),
        (0x40c3880000000000, "10000.0"),
        (0x40cd4c0000000000, "15000.0"),
        (0xc0f1b34000000000, "-72500.0"),
        (0x40f86a0000000000, "100000.0"),
        (0x41024f8000000000, "150000.0"),
        (0xc126201000000000, "-725000.0"),
        (0x412e848000000000, "1000000.0"),
        (0x4136e36000000000, "1500000.0"),
        (0xc15ba81400000000, "-7250000.0"),
        (0x416312d000000000, "10000000.0"),
        (0x416c9c3800000000, "15000000.0"),
        (0xc191490c80000000, "-72500000.0"),
        (0x4197d78400000000, "100000000.0"),
        (0x41a1e1a300000000, "150000000.0"),
        (0xc1c59b4fa0000000, "-725000000.0"),
        (0x41cdcd6500000000, "1000000000.0"),
        (0x41d65a0bc0000000, "1500000000.0"),
        (0xc1fb022388000000, "-7250000000.0"),
        (0x4202a05f20000000, "10000000000.0"),
        (0x420bf08eb0000000, "15000000000.0"),
        (0xc230e15635000000, "-72500000000.0"),
        (0x42374876e8000000, "100000000000.0"),
        (0x424176592e000000, "150000000000.0"),
        (0xc26519abc2400000, "-725000000000.0"),
        (0x426d1a94a2000000, "1000000000000.0"),
        (0x4275d3ef79800000, "1500000000000.0"),
        (0xc29a6016b2d00000, "-7250000000000.0"),
        (0x42a2309ce5400000, "10000000000000.0"),
        (0x42ab48eb57e00000, "15000000000000.0"),
        (0xc2d07c0e2fc20000, "-72500000000000.0"),
        (0x42d6bcc41e900000, "100000000000000.0"),
        (0x42e10d9316ec0000, "150000000000000.0"),
        (0xc3049b11bbb28000, "-725000000000000.0"),
        (0x430c6bf526340000, "1000000000000000.0"),
        (0x431550f7dca70000, "1500000000000000.0"),
        (0xc339c1d62a9f2000, "-7250000000000000.0"),
        (0x4341c37937e08000, "1e+16"),
        (0x434aa535d3d0c000, "1.5e+16"),
        (0xc3701925daa37400, "-7.25e+16"),
        (0x4376345785d8a000, "1e+17"),
        (0x4380a741a4627800, "1.5e+17"),
        (0xc3a41f6f514c5100, "-7.25e+17"),
        (0x43abc16d674ec800, "1e+18"),
        (0x43b4d1120d7b1600, "1.5e+18"),
        (0xc3d9274b259f6540, "-7.25e+18"),
        (0x43e158e460913d00, "1e+19"),
        (0x43ea055690d9db80, "1.5e+19"),
        (0xc40f711def073e90, "-7.25e+19"),
        (0x4415af1d78b58c40, "1e+20"),
        (0x442043561a882930, "1.5e+20"),
        (0xc443a6b2b564871a, "-7.25e+20"),
        (0x444b1ae4d6e2ef50, "1e+21"),
        (0x4454542ba12a337c, "1.5e+21"),
        (0xc478905f62bda8e0, "-7.25e+21"),
        (0x4480f0cf064dd592, "1e+22"),
        (0x448969368974c05b, "1.5e+22"),
        (0xc4aeb4773b6d1319, "-7.25e+22"),
        (0x44b52d02c7e14af7, "1.0000000000000001e+23"),
        (0x44bfc3842bd1f072, "1.5e+23"),
        (0xc4e330ca85242bf0, "-7.250000000000001e+23"),
        (0x44ea784379d99db4, "1e+24"),
        (0x44f3da329b633647, "1.5e+24"),
        (0xc517fcfd266d36eb, "-7.25e+24"),
        (0xc735df5ef7697fb9, "-1.1356873538845983e+35"),
        (0x1de9ea6670d3da1f, "1.4063521386385737e-164"),
        (0x17346b4501eaf614, "6.829010422540122e-197"),
        (0xf149f542e935b870, "-5.282246915350664e+237"),
        (0xce97b5bdf073eed1, "-4.0909979815658245e+70"),
        (0x08f0ebd4950cddd9, "1.3119440445508822e-265"),
        (0xb16e2d5cabeb9592, "-1.3663749809437804e-70"),
        (0x19322fed157cf9c6, "2.6124550078186405e-187"),
        (0x5ac96628c4381836, "2.2007250832970862e+129"),
        (0x04762a223c9f90c9, "3.639014178314721e-287"),
        (0xfc9799a707e36d60, "-1.4719450102642776e+292"),
        (0x040e1e30c9ed0248, "3.863130003091716e-289"),
        (0xa5f80a0a58994953, "-8.878144306130779e-126"),
        (0x7bf78a4d9f8f5ffb, "1.4337943644354699e+289"),
        (0x76ab14759da618fd, "4.2635719382329216e+263"),
        (0x175e99412607ad5f, "4.0934086839589737e-196"),
        (0xb6a20bb02edf0743, "-1.5804594730508215e-45"),
        (0xd868c2cf1d4a2b12, "-7.805056034326984e+117"),
        (0x80ca17b703be0e66, "-7.431429504086299e-305"),
        (0xe16682717c9bbfae, "-1.5823202933922794e+161"),
        (0x3ff4bb8cf703c9ff, "1.2957887314811385"),
        (0xaad1426810872756, "-1.92649189818196e-102"),
        (0xe98d7c358a84c15c, "-2.8211819309374095e+200"),
        (0x118dc10e774520d7, "4.0192077128250256e-224"),
        (0xacd51e6699f9823c, "-1.012440749133234e-92"),
        (0x83d9fca716c40a33, "-4.166573760527429e-290"),
        (0x0bc4621b94398520, "5.560408693813116e-252"),
        (0xd30aad4b45038e22, "-1.0868373137039075e+92"),
        (0x1025dbe58e725d57, "7.039844370119124e-231"),
        (0x4d6bfd8fa506bfc5, "9.211690207278791e+64"),
        (0xd9a54a0d7b25331f, "-7.036698908811296e+123"),
        (0x443658625af0f3e0, "4.121971224355956e+20"),
        (0xa7cda6c23fc86ee6, "-5.879182220253732e-117"),
        (0x33354fc7eefadf23, "5.180573799937381e-62"),
        (0xe065e3eb74113cb0, "-2.348008735187852e+156"),
        (0xaa58695187b8a518, "-1.0643738841322141e-104"),
        (0xf1048aa604f0d0f2, "-2.612527026339285e+236"),
        (0x121213ca8212f7c6, "1.2502503253908845e-221"),
        (0x5560eaba017ad051, "1.8944769724102456e+103"),
        (0xb5c36ec124ce01e1, "-1.0387772017992709e-49"),
        (0xa8486261790b2f7c, "-1.2377186935997545e-114"),
        (0x2ac7e1da6099d795, "1.3328660836959322e-102"),
        (0x138411eb0dde6d08, "1.1643949652933532e-214"),
        (0x7f1ff9fe966844aa, "2.1928408866034125e+304"),
        (0x1348486129fc1d9d, "8.805026657490265e-216"),
        (0x37106d208ead31c8, "1.841449454850151e-43"),
        (0x06f1e77124ed49b1, "3.2320326819621345e-275"),
        (0x58a295d4eff35b61, "9.373405876369673e+118"),
        (0x1c63373ac55ef186, "6.215407538915419e-172"),
        (0x879951fff4f991a8, "-4.680507856267191e-272"),
        (0xaba601ca242780aa, "-2.012297029417007e-98"),
        (0x7442a1244e2e3761, "1.0670546429497809e+252"),
        (0x6a8f69260a228ba8, "1.9696324318292276e+205"),
        (0xa99226f446db4bc4, "-1.932279725419745e-108"),
        (0x0a4adb41ce779a93, "4.3667941232570774e-259"),
        (0x458c3cdb2d665a7b, "1.0923938574891393e+27"),
        (0x4cdead2e2791eef8, "1.9718084653907102e+62"),
        (0xd8fba355f4687101, "-4.4605187757041577e+120"),
        (0xc777b54b2790ae2c, "-1.9695983718651802e+36"),
        (0x76e99afdd579c4c9, "6.450277159919618e+264"),
        (0x9027b9ad0a831788, "-7.640908265332182e-231"),
        (0xc3a671c462dcec66, "-8.08644835047519e+17"),
        (0x7ef077e0597ee18b, "2.8233423828550756e+303"),
        (0x95365d68577a296e, "-1.741523851689301e-206"),
        (0x77d6a830d103b91f, "1.870244763614416e+269"),
        (0x0b9ab36679d6dedb, "9.10474189068058e-253"),
        (0xeed66a5ac86b7f7f, "-8.29705909697347e+225"),
        (0xdec4ac467888fa7a, "-3.3042305345942895e+148"),
        (0x984c6df8d13d74f3, "-1.2462442926515905e-191"),
        (0x2b833e28e1ae6a00, "4.398858138480103e-99"),
        (0xbbc9a6e0708963bb, "-1.086398621094347e-20"),
        (0x84eb1e73c7f3c8a0, "-5.6991101665136146e-285"),
        (0x701861c0d092e07f, "9.463315179331181e+231"),
        (0x4669165f4bb19d02, "1.590102350783532e+31"),
        (0xc7154f271fb661b4, "-2.766091102519478e+34"),
        (0x6a94427d2f84ea0f, "2.540800443404425e+205"),
        (0xc4e145896fa19d46, "-6.525036708933792e+23"),
        (0xf0689ae11e956a7d, "-3.055976308649174e+233"),
        (0x1a644d9287a0eabf, "1.5290201335155283e-181"),
        (0xd72f9ecdd454f1e8, "-9.50549597147081e+111"),
        (0x607741867c362491, "4.9889827605286265e+156"),
        (0xd11776a4d15703e0, "-4.4513397576837227e+82"),
        (0x4166c3fba8094805, "11935709.251132974"),
        (0x31007342a41b657a, "1.1638129255461296e-72"),
        (0x1bb039fa5868c99b, "2.562752995371227e-175"),
        (0xb33bfa31b3e174eb, "-6.800909976921437e-62"),
        (0xf6a11b92cf58440c, "-2.6935067915499186e+263"),
        (0x949606b3283c4412, "-1.6749507338756098e-209"),
        (0xf1689e5fe87212b0, "-2.003875973933175e+238"),
        (0xf8d07ea044f2d5a4, "-8.923161001361903e+273"),
        (0x3fc3d2028d911b0c, "0.15484649574701626"),
        (0x4192eb853e4f3b73, "79356239.57737522"),
        (0x3cc9f723362b8605, "7.20684096744462e-16"),
        (0x3c523a34d23b43ec, "3.952430502634495e-18"),
        (0x3c30804e8ec2b2ba, "8.945317736725025e-19"),
        (0x3caf9e1f091bc0c7, "2.1939159562226264e-16"),
        (0x3fe95e9457bb36a5, "0.7927953446866992"),
        (0x41b23775fe037076, "305624574.01343477"),
        (0x3edbc72286b54b6b, "6.622760433688513e-06"),
        (0x41605629643fc832, "8565067.13278589"),
        (0x3d056186a53a9f40, "9.495053976915536e-15"),
        (0x41b7a458eb31b30d, "396646635.19413835"),
        (0x407f4848e328a7ba, "500.5177947605222"),
        (0x3e78fdf4b82abd9e, "9.310251240334374e-08"),
        (0x411f6f68b3cd2572, "515034.1755872584"),
        (0x434f07fa4e9cc60f, "1.746899184029187e+16"),
        (0x3c42bf5667d798c6, "2.0325985030663796e-18"),
        (0x42d27b6af7245ce9, "81285139435891.64"),
        (0x42e166a56bf87b37, "153060477223897.72"),
        (0x3d609f533e8822ab, "4.724359984230847e-13"),
        (0x43b22bab6db44c73, "1.309328604345955e+18"),
        (0x3d7d0a8872a7f775, "1.650797942679093e-12"),
        (0x3c98475d1d11a4fc, "8.423388566528607e-17"),
        (0x3dd39ee986757189, "7.137987563407808e-11"),
        (0x3bd4253317110db0, "1.706374199986094e-20"),
        (0x3d9c12652e629f8b, "6.382801166744566e-12"),
        (0x3c30e3782fab3ecc, "9.155302734452016e-19"),
        (0x3fdbb28aeb21abe4, "0.43277237855971706"),
        (0x40a02e614b414439, "2071.190027274683"),
        (0x3f4eaefeb3b585e9, "0.0009363883649877144"),
        (0x3fab84f5840b3724, "0.05374877201903264"),
        (0x432dfcce4de30cd0, "4220368662398568.0"),
        (0x42d341a885f56d12, "84690884613556.28"),
        (0x3ee379db6b4817cf, "9.286882552760667e-06"),
        (0x40db268239b90e68, "27802.03477312476"),
        (0x3f4c1bf3c8f85253, "0.0008578243595729985"),
        (0x40b48a01547c2c73, "5258.005195389606"),
        (0x3f9c14ab82bcdc6d, "0.027422599653814595"),
        (0x436fceaaf56d2897, "7.1623663482913976e+16"),
        (0x4043eabb6a93ff92, "39.833844492211156"),
        (0x4194eb68f74359bd, "87743037.81577201"),
        (0x4215a729a5ffc110, "23249709439.938538"),
        (0x3f90edc8781228ad, "0.016532070473240058"),
        (0x417759792e44e061, "24483730.891815547"),
        (0x414e22a99c429929, "3949907.2207824183"),
        (0x41ff5ca53828e3f4, "8418644866.555653"),
        (0x43f018af3b0b11fe, "1.8557913154745e+19"),
        (0x3f7393cb6c532718, "0.0047796198097758355"),
        (0x43a06ae11d563f2a, "5.915026841277289e+17"),
        (0x3dc30c4c927e1813, "3.4648189102163894e-11"),
        (0x43326f0b2677e7c8, "5188643261507528.0"),
        (0x41f10a45d6856bdc, "4574174568.338833"),
        (0x41c3aa343bdb8e8f, "659843191.715288"),
        (0x3cfdc16ef7606d6f, "6.607070326757426e-15"),
        (0x41b00a5feb019a53, "269115371.00626105"),
        (0x3d3259a1b7b250ac, "6.519273606004916e-14"),
        (0x4373b9100eb9fd98, "8.882405080300582e+16"),
        (0x404096c6ed204520, "33.17794574809727"),
        (0x3f7edddc9d748224, "0.007535802629064867"),
        (0x435a85d240e7366b, "2.986194989199198e+16"),
        (0x436ba2dbbee2eaa6, "6.223111244213995e+16"),
        (0x436b984d7db56819, "6.213826368105697e+16"),
        (0x4364c384da88a32a, "4.675579922960213e+16"),
        (0xc37190c15161b2f3, "-7.910775316042117e+16"),
        (0x43762f5e72b2c6e1, "9.991251496615477e+16"),
        (0xc3624bfa386bff44, "-4.120070113040643e+16"),
        (0x4364e7e4ff2d08a2, "4.707576203131419e+16"),
        (0x435c701dbd29c431, "3.2018289511567556e+16"),
        (0xc370c46b0190edf0, "-7.551301590704922e+16"),
        (0x436714eecc9dfc60, "5.197552265618304e+16"),
        (0x436e27c26729b853, "6.790372167396623e+16"),
        (0xc36d19169a2606c5, "-6.552287352613841e+16"),
        (0xc35a0877a2a3d087, "-2.9310637269008924e+16"),
        (0x433986fee44a9f57, "7185303727677271.0"),
        (0x43485ea154dceceb, "1.3718892895132118e+16"),
        (0x43745517aac06074, "9.15689547448994e+16"),
        (0xc3736237a5fed0af, "-8.729625128265598e+16"),
        (0xc361b1afcc87c291, "-3.9843545703388296e+16"),
        (0xc36897e5165c76fb, "-5.5379276956153816e+16"),
        (0xc3416011aff70a08, "-9781407373988880.0"),
        (0x43215f9a4cef9aee, "2445095462227319.0"),
        (0xc355e49f43dabbcf, "-2.4649388801060668e+16"),
        (0x4361be756aa56cce, "3.995588891006731e+16"),
        (0x436dceab91696568, "6.712008479153645e+16"),
        (0x42ea4b9b55b4acc0, "231296247637350.0"),
        (0xc370e68f1dc6b323, "-7.611363170629688e+16"),
        (0xc3750ad9d8def090, "-9.4766484377504e+16"),
        (0x436e7a37ca27d980, "6.862903467775078e+16"),
        (0xc35e09e6f346fa44, "-3.382054731985128e+16"),
        (0x4360c5cf19823b20, "3.776874323390285e+16"),
        (0x4375a1cea224fba9, "9.742213386546242e+16"),
        (0x43750b72a931cfd9, "9.477698565944053e+16"),
        (0x4371a4d842abbb75, "7.946117348037205e+16"),
        (0xc371d6647bedabc7, "-8.033282669325426e+16"),
        (0x43679c1ef8f6f286, "5.316465043384427e+16"),
        (0x4375dea6ee0bdf94, "9.849252880986758e+16"),
        (0x43760ab5123bdeaa, "9.926755678250051e+16"),
        (0x4347a8bbb43b5b3e, "1.331889720096934e+16"),
        (0xc36be82ae13e893a, "-6.28407618914411e+16"),
        (0x436c0f99c6486149, "6.318761983154849e+16"),
    ];

    #[test]
    fn repr_matches_cpython() {
        for &(bits, want) in REPR_TABLE {
            assert_eq!(float_repr(f64::from_bits(bits)), want, "bits {bits:#x}");
        }
    }
}
