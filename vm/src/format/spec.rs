//! The format-spec mini-language of `format()`, `str.format` and f-strings.
//!
//! `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`
//!
//! This is a transcription of CPython 3.11's `Python/formatter_unicode.c`:
//! [`parse`] is `parse_internal_render_format_spec`, and [`format_int`],
//! [`format_float`] and [`format_str`] are the `format_*_internal`
//! functions, with the same checks in the same order so that the same
//! error wins. Numbers are laid out as
//!
//! `<lpad> <sign> <prefix> <spad> <grouped digits> <.> <remainder> <rpad>`
//!
//! as in `calc_number_widths`. Only the C locale is modelled: `n` behaves
//! like `d` / `g` without grouping, which is what CPython does until a
//! script calls `locale.setlocale`.
//!
//! An empty spec is not special-cased here: CPython returns `str(x)` for
//! `format(x, '')` (so `format(True, '')` is `'True'`), and that is the
//! caller's job.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{Signed, ToPrimitive};

use super::float_repr::{double_to_string, DtoaFlags};

/// The Python exception class a [`FormatError`] becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormatErrorKind {
    ValueError,
    OverflowError,
    MemoryError,
}

/// A formatting failure, with CPython's exception class and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatError {
    pub kind: FormatErrorKind,
    pub message: String,
}

impl FormatError {
    #[cold]
    pub(crate) fn value(message: impl Into<String>) -> FormatError {
        FormatError {
            kind: FormatErrorKind::ValueError,
            message: message.into(),
        }
    }

    #[cold]
    pub(crate) fn overflow(message: impl Into<String>) -> FormatError {
        FormatError {
            kind: FormatErrorKind::OverflowError,
            message: message.into(),
        }
    }
}

/// Where padding goes: `<`, `>`, `^`, or `=` (between sign and digits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    AfterSign,
}

/// The sign option: `-` (default), `+`, or ` ` (space).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sign {
    Minus,
    Plus,
    Space,
}

/// The thousands separator: `,` or `_`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    Comma,
    Underscore,
}

impl Grouping {
    fn as_char(self) -> char {
        match self {
            Grouping::Comma => ',',
            Grouping::Underscore => '_',
        }
    }
}

/// A parsed format spec. `None` fields were not given; each formatter
/// applies its own defaults (see [`FormatSpec::fill_char`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only given together with `align`).
    pub fill: Option<char>,
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag before the width (only recorded without an explicit fill).
    pub zero: bool,
    pub width: Option<usize>,
    pub grouping: Option<Grouping>,
    pub precision: Option<usize>,
    /// The presentation type character.
    pub ty: Option<char>,
}

impl FormatSpec {
    /// The fill character in effect: explicit, else `0` with the zero flag,
    /// else a space.
    pub fn fill_char(&self) -> char {
        match (self.fill, self.zero) {
            (Some(c), _) => c,
            (None, true) => '0',
            (None, false) => ' ',
        }
    }

    /// The alignment in effect for a formatter whose default is `default`
    /// (`>` for numbers, `<` for strings): the zero flag turns a
    /// right-aligned default into `=`.
    pub fn align_or(&self, default: Align) -> Align {
        match self.align {
            Some(a) => a,
            None if self.zero && default == Align::Right => Align::AfterSign,
            None => default,
        }
    }
}

/// Parses a format spec. `type_name` is the Python type of the value being
/// formatted (`'int'`, `'bool'`, `'float'`, …), which one message names.
pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut pos = 0;
    let mut out = FormatSpec::default();

    if chars.len() >= 2 && align_of(chars[1]).is_some() {
        out.fill = Some(chars[0]);
        out.align = align_of(chars[1]);
        pos = 2;
    } else if let Some(a) = chars.first().and_then(|&c| align_of(c)) {
        out.align = Some(a);
        pos = 1;
    }
    out.sign = chars.get(pos).and_then(|&c| sign_of(c));
    pos += out.sign.is_some() as usize;
    if chars.get(pos) == Some(&'z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if out.fill.is_none() && chars.get(pos) == Some(&'0') {
        out.zero = true;
        pos += 1;
    }
    out.width = parse_integer(&chars, &mut pos)?;
    if out.width.is_some_and(|w| !crate::exc::alloc_ok(w)) {
        // The padded result could not be allocated.
        return Err(FormatError {
            kind: FormatErrorKind::MemoryError,
            message: String::new(),
        });
    }
    out.grouping = parse_grouping(&chars, &mut pos)?;
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = parse_integer(&chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    match chars.len() - pos {
        0 => {}
        1 => out.ty = Some(chars[pos]),
        _ => {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
    }
    check_grouping_type(&out)?;
    Ok(out)
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

fn sign_of(c: char) -> Option<Sign> {
    match c {
        '-' => Some(Sign::Minus),
        '+' => Some(Sign::Plus),
        ' ' => Some(Sign::Space),
        _ => None,
    }
}

/// Reads a run of decimal digits (`get_integer`); `None` if there is none.
fn parse_integer(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((*pos > start).then_some(value))
}

/// Reads `,` or `_`, rejecting both together in either order.
fn parse_grouping(chars: &[char], pos: &mut usize) -> Result<Option<Grouping>, FormatError> {
    let mut grouping = None;
    if chars.get(*pos) == Some(&',') {
        grouping = Some(Grouping::Comma);
        *pos += 1;
    }
    if chars.get(*pos) == Some(&'_') {
        if grouping.is_some() {
            return Err(FormatError::value("Cannot specify both ',' and '_'."));
        }
        grouping = Some(Grouping::Underscore);
        *pos += 1;
    }
    if chars.get(*pos) == Some(&',') && grouping == Some(Grouping::Underscore) {
        return Err(FormatError::value("Cannot specify both ',' and '_'."));
    }
    Ok(grouping)
}

/// PEP 378 / PEP 515: which types accept a thousands separator.
fn check_grouping_type(spec: &FormatSpec) -> Result<(), FormatError> {
    let Some(grouping) = spec.grouping else {
        return Ok(());
    };
    let ok = match spec.ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => true,
        Some('b' | 'o' | 'x' | 'X') => grouping == Grouping::Underscore,
        Some(_) => false,
    };
    if ok {
        return Ok(());
    }
    Err(FormatError::value(format!(
        "Cannot specify '{}' with '{}'.",
        grouping.as_char(),
        char_for_message(spec.ty.unwrap_or('\0'))
    )))
}

/// How CPython prints a type character in a message: itself if printable
/// ASCII, else `\x` and lower-case hex without padding.
fn char_for_message(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

#[cold]
fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        char_for_message(ty),
        type_name
    ))
}

// ---------------------------------------------------------------------------
// int

/// `int.__format__` with a parsed, non-empty spec. Float types (`e E f F
/// g G %`) convert the int to float first, as CPython does.
pub fn format_int(
    value: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    match spec.ty.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int_digits(value, spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = bigint_to_f64(value)
                .ok_or_else(|| FormatError::overflow("int too large to convert to float"))?;
            format_float(x, spec, "float")
        }
        other => Err(unknown_code(other, type_name)),
    }
}

/// [`format_int`] for a machine integer.
pub fn format_i64(value: i64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    if matches!(ty, 'b' | 'd' | 'n' | 'o' | 'x' | 'X') && spec.precision.is_none() && !spec.no_neg_0
    {
        // The digits straight from the machine integer (no big-int detour).
        let m = value.unsigned_abs();
        let digits = match ty {
            'b' => format!("{:b}", m),
            'o' => format!("{:o}", m),
            'x' | 'X' => format!("{:x}", m),
            _ => m.to_string(),
        };
        return Ok(render_int(value < 0, digits, ty, spec));
    }
    format_int(&BigInt::from(value), spec, type_name)
}

/// Correctly rounded int-to-float conversion (`float(n)`); `None` when the
/// magnitude overflows (OverflowError "int too large to convert to float").
pub fn bigint_to_f64(value: &BigInt) -> Option<f64> {
    let bits = value.bits();
    if bits < 64 {
        // `as` rounds to nearest, ties to even.
        return value.to_i64().map(|v| v as f64);
    }
    // Keep 54 significant bits plus a sticky bit, then let the hardware
    // round the 64-bit integer once, to nearest even.
    let magnitude = value.magnitude();
    let shift = bits - 55;
    let mut top = (magnitude >> shift).to_u64().expect("55 bits fit in u64");
    if magnitude.trailing_zeros().unwrap_or(0) < shift {
        top |= 1;
    }
    let x = top as f64 * 2f64.powi(shift as i32);
    let x = if value.sign() == BigSign::Minus {
        -x
    } else {
        x
    };
    x.is_finite().then_some(x)
}

/// The integer presentation types: b c d n o x X.
fn format_int_digits(value: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let ty = spec.ty.unwrap_or('d');
    if ty == 'c' {
        return format_int_char(value, spec);
    }
    let radix = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let digits = value.magnitude().to_str_radix(radix);
    Ok(render_int(value.is_negative(), digits, ty, spec))
}

/// Lays out the magnitude's `digits` (in the base of `ty`) with sign,
/// `#` prefix, grouping, fill and alignment.
fn render_int(negative: bool, mut digits: String, ty: char, spec: &FormatSpec) -> String {
    let prefix = match ty {
        'b' => "0b",
        'o' => "0o",
        'x' | 'X' => "0x",
        _ => "",
    };
    let mut prefix = if spec.alternate {
        prefix.to_string()
    } else {
        String::new()
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
        prefix.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative,
        prefix: &prefix,
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    let group = grouping_for(spec, ty);
    parts.render(spec, group)
}

/// The `c` type: the int is a code point.
fn format_int_char(value: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.sign.is_some() {
        return Err(FormatError::value(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let code = value
        .to_i64()
        .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
    if !(0..=0x10ffff).contains(&code) {
        return Err(FormatError::overflow("%c arg not in range(0x110000)"));
    }
    // Deviation: a lone surrogate (U+D800..U+DFFF) cannot live in a Rust
    // string; CPython would return it.
    let c = char::from_u32(code as u32)
        .ok_or_else(|| FormatError::value("surrogate code points are not supported"))?;
    let text = c.to_string();
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: "",
        has_decimal: false,
        remainder: &text,
    };
    Ok(parts.render(spec, None))
}

/// Separator and group size for a type: `_` groups bin/oct/hex by four.
fn grouping_for(spec: &FormatSpec, ty: char) -> Option<(char, usize)> {
    let grouping = spec.grouping?;
    let size = match (grouping, ty) {
        (Grouping::Underscore, 'b' | 'o' | 'x' | 'X') => 4,
        _ => 3,
    };
    Some((grouping.as_char(), size))
}

// ---------------------------------------------------------------------------
// float

/// `float.__format__` with a parsed, non-empty spec. No type means repr-like
/// output, or `g` with at least one digit after the point if a precision
/// is given (`format(1.0, '')` is the caller's `str(x)`).
pub fn format_float(x: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty;
    if !matches!(
        ty,
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')
    ) {
        return Err(unknown_code(ty.unwrap_or('\0'), type_name));
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let flags = DtoaFlags {
        sign: false,
        add_dot_0: ty.is_none(),
        alt: spec.alternate,
        no_neg_0: spec.no_neg_0,
    };
    let (code, value, percent) = match ty {
        None if spec.precision.is_none() => ('r', x, false),
        None | Some('n') => ('g', x, false),
        Some('%') => ('f', x * 100.0, true),
        Some(c) => (c, x, false),
    };
    let precision = spec.precision.unwrap_or(if ty.is_none() { 0 } else { 6 });
    let mut text = double_to_string(value, code, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let digit_count = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(digit_count);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    Ok(parts.render(spec, grouping_for(spec, 'd')))
}

// ---------------------------------------------------------------------------
// str

/// `str.__format__` with a parsed, non-empty spec: `s` or no type,
/// precision truncates, left-aligned by default.
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    match spec.ty {
        None | Some('s') => {}
        Some(other) => return Err(unknown_code(other, type_name)),
    }
    // `parse` saw no type; CPython checks the separator against the default 's'.
    if let Some(grouping) = spec.grouping {
        return Err(FormatError::value(format!(
            "Cannot specify '{}' with 's'.",
            grouping.as_char()
        )));
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let align = spec.align_or(Align::Left);
    if align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let text: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    let len = text.chars().count();
    let pad = spec.width.unwrap_or(0).saturating_sub(len);
    let left = match align {
        Align::Right => pad,
        Align::Center => pad / 2,
        _ => 0,
    };
    let fill = spec.fill_char();
    let mut out = String::with_capacity(text.len() + pad);
    push_fill(&mut out, fill, left);
    out.push_str(&text);
    push_fill(&mut out, fill, pad - left);
    Ok(out)
}

/// Parses `spec` and formats an int; `type_name` as in [`parse`].
pub fn format_int_spec(value: &BigInt, spec: &str, type_name: &str) -> Result<String, FormatError> {
    format_int(value, &parse(spec, type_name)?, type_name)
}

/// [`format_int_spec`] for a machine integer.
pub fn format_i64_spec(value: i64, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if let Some(t) = format_i64_simple(value, spec) {
        return Ok(t.as_str().to_string());
    }
    format_i64(value, &parse(spec, type_name)?, type_name)
}

/// Text of at most [`SmallText::CAP`] bytes, built on the stack.
pub struct SmallText {
    buf: [u8; SmallText::CAP],
    len: usize,
}

impl SmallText {
    pub const CAP: usize = 128;

    fn new() -> SmallText {
        SmallText {
            buf: [0; SmallText::CAP],
            len: 0,
        }
    }

    /// Appends `b`; the callers size their text below `CAP`.
    #[inline]
    fn push(&mut self, b: &[u8]) {
        self.buf[self.len..self.len + b.len()].copy_from_slice(b);
        self.len += b.len();
    }

    fn pad(&mut self, fill: u8, n: usize) {
        self.buf[self.len..self.len + n].fill(fill);
        self.len += n;
    }

    pub fn as_str(&self) -> &str {
        // SAFETY: only ASCII bytes are ever pushed (digits, signs and
        // fills checked to be ASCII).
        unsafe { std::str::from_utf8_unchecked(&self.buf[..self.len]) }
    }
}

/// The decimal digits of `n`, right-aligned in `buf`; returns where they
/// start.
#[inline]
pub fn decimal_digits(mut n: u64, buf: &mut [u8; 20]) -> usize {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            return i;
        }
    }
}

/// `format(value, spec)` for the specs scripts use most with ints,
/// `[[fill]align][sign][0][width][d]` with an ASCII fill and a width below
/// 100, without parsing into a [`FormatSpec`]; None for every other spec
/// (the general path then gives the answer or the error). The layout rules
/// are CPython's: a `0` before the width makes `0` the default fill and
/// `=` (padding after the sign) the default alignment; numbers align right
/// by default; `^` puts the odd padding character on the right.
pub fn format_i64_simple(value: i64, spec: &str) -> Option<SmallText> {
    let b = spec.as_bytes();
    let is_align = |c: u8| matches!(c, b'<' | b'>' | b'^' | b'=');
    let mut k = 0;
    let (mut fill, mut align) = (None, None);
    if b.len() >= 2 && is_align(b[1]) {
        if !b[0].is_ascii() {
            return None;
        }
        fill = Some(b[0]);
        align = Some(b[1]);
        k = 2;
    } else if !b.is_empty() && is_align(b[0]) {
        align = Some(b[0]);
        k = 1;
    }
    let mut sign = b'-';
    if k < b.len() && matches!(b[k], b'+' | b'-' | b' ') {
        sign = b[k];
        k += 1;
    }
    if k < b.len() && b[k] == b'0' {
        fill.get_or_insert(b'0');
        align.get_or_insert(b'=');
        k += 1;
    }
    let mut width = 0usize;
    let digits_start = k;
    while k < b.len() && b[k].is_ascii_digit() {
        if k - digits_start == 2 {
            return None;
        }
        width = width * 10 + (b[k] - b'0') as usize;
        k += 1;
    }
    if k < b.len() && b[k] == b'd' {
        k += 1;
    }
    if k != b.len() {
        return None;
    }
    let (fill, align) = (fill.unwrap_or(b' '), align.unwrap_or(b'>'));
    let mut digits = [0u8; 20];
    let start = decimal_digits(value.unsigned_abs(), &mut digits);
    let digits = &digits[start..];
    let sign: &[u8] = match (value < 0, sign) {
        (true, _) => b"-",
        (false, b'+') => b"+",
        (false, b' ') => b" ",
        _ => b"",
    };
    let pad = width.saturating_sub(sign.len() + digits.len());
    let mut out = SmallText::new();
    match align {
        b'<' => {
            out.push(sign);
            out.push(digits);
            out.pad(fill, pad);
        }
        b'^' => {
            out.pad(fill, pad / 2);
            out.push(sign);
            out.push(digits);
            out.pad(fill, pad - pad / 2);
        }
        b'=' => {
            out.push(sign);
            out.pad(fill, pad);
            out.push(digits);
        }
        _ => {
            out.pad(fill, pad);
            out.push(sign);
            out.push(digits);
        }
    }
    Some(out)
}

/// Parses `spec` and formats a float; `type_name` as in [`parse`].
pub fn format_float_spec(x: f64, spec: &str, type_name: &str) -> Result<String, FormatError> {
    format_float(x, &parse(spec, type_name)?, type_name)
}

/// Parses `spec` and formats a str; `type_name` as in [`parse`].
pub fn format_str_spec(s: &str, spec: &str, type_name: &str) -> Result<String, FormatError> {
    format_str(s, &parse(spec, type_name)?, type_name)
}

// ---------------------------------------------------------------------------
// number layout

/// A number split as `calc_number_widths` sees it.
struct NumberParts<'a> {
    negative: bool,
    /// `0x`-style prefix (already upper-cased for `X`).
    prefix: &'a str,
    /// The integer digits, which get grouped.
    digits: &'a str,
    /// Whether a decimal point follows the digits.
    has_decimal: bool,
    /// Everything after the point (or after the digits): fraction,
    /// exponent, `%`, `inf`, or the character of `c`.
    remainder: &'a str,
}

impl NumberParts<'_> {
    /// Lays the parts out with sign, grouping, zero padding and alignment.
    fn render(&self, spec: &FormatSpec, group: Option<(char, usize)>) -> String {
        let sign = match (self.negative, spec.sign) {
            (true, _) => Some('-'),
            (false, Some(Sign::Plus)) => Some('+'),
            (false, Some(Sign::Space)) => Some(' '),
            (false, _) => None,
        };
        let fill = spec.fill_char();
        let align = spec.align_or(Align::Right);
        let width = spec.width.map_or(-1, |w| w as i64);
        let fixed = sign.is_some() as i64
            + self.prefix.chars().count() as i64
            + self.has_decimal as i64
            + self.remainder.chars().count() as i64;
        let min_width = if fill == '0' && align == Align::AfterSign {
            width - fixed
        } else {
            0
        };
        let grouped = if self.digits.is_empty() {
            String::new()
        } else {
            group_digits(self.digits, group, min_width)
        };
        let padding = (width - fixed - grouped.chars().count() as i64).max(0) as usize;
        let (left, middle, right) = match align {
            Align::Left => (0, 0, padding),
            Align::Center => (padding / 2, 0, padding - padding / 2),
            Align::AfterSign => (0, padding, 0),
            Align::Right => (padding, 0, 0),
        };
        let mut out = String::new();
        push_fill(&mut out, fill, left);
        out.extend(sign);
        out.push_str(self.prefix);
        push_fill(&mut out, fill, middle);
        out.push_str(&grouped);
        if self.has_decimal {
            out.push('.');
        }
        out.push_str(self.remainder);
        push_fill(&mut out, fill, right);
        out
    }
}

fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(std::iter::repeat_n(fill, count));
}

/// `_PyUnicode_InsertThousandsGrouping`: groups `digits` from the right and
/// pads them with zeros (separators included) to at least `min_width`.
/// The leftmost group may be partial, so the result can exceed
/// `min_width` by one (`format(1234, '08,')` is `'0,001,234'`).
fn group_digits(digits: &str, group: Option<(char, usize)>, mut min_width: i64) -> String {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as i64;
    let Some((sep, size)) = group else {
        let zeros = (min_width - remaining).max(0) as usize;
        return "0".repeat(zeros) + std::str::from_utf8(digits).expect("ASCII digits");
    };
    let size = size as i64;
    // Chunks are produced right to left, then reversed.
    let mut chunks: Vec<String> = Vec::new();
    loop {
        let len = size.min(remaining.max(min_width).max(1));
        let chars = remaining.min(len).max(0);
        let zeros = (len - remaining).max(0);
        let end = remaining as usize;
        let start = (remaining - chars) as usize;
        let chunk =
            "0".repeat(zeros as usize) + std::str::from_utf8(&digits[start..end]).expect("ASCII");
        chunks.push(chunk);
        remaining -= chars;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    chunks.reverse();
    chunks.join(&sep.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outcome(result: Result<String, FormatError>) -> String {
        match result {
            Ok(text) => format!("={text}"),
            Err(e) => format!("!{:?}: {}", e.kind, e.message),
        }
    }

    #[test]
    fn simple_int_specs_agree_with_the_general_path() {
        let fills = ["", "x", "0", "*", " ", "="];
        let aligns = ["", "<", ">", "^", "="];
        let signs = ["", "+", "-", " "];
        let zeros = ["", "0"];
        let widths = ["", "0", "1", "3", "7", "12", "99"];
        let types = ["", "d"];
        let values = [0, 1, -1, 7, -42, 12345, i64::MAX, i64::MIN];
        let mut checked = 0;
        for fill in fills {
            for align in aligns {
                if !fill.is_empty() && align.is_empty() {
                    continue;
                }
                for sign in signs {
                    for zero in zeros {
                        for width in widths {
                            for ty in types {
                                let spec = format!("{fill}{align}{sign}{zero}{width}{ty}");
                                for v in values {
                                    let general =
                                        format_i64(v, &parse(&spec, "int").unwrap(), "int")
                                            .unwrap();
                                    let fast = format_i64_simple(v, &spec)
                                        .unwrap_or_else(|| panic!("{spec:?} not taken"));
                                    assert_eq!(fast.as_str(), general, "format({v}, {spec:?})");
                                    checked += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
        assert!(checked > 10_000);
        // Everything else goes to the general path.
        for spec in [
            "x",
            ",d",
            "_",
            "#d",
            "100",
            ".3",
            "é>5",
            "5n",
            "+,",
            "b",
            &"9".repeat(100),
        ] {
            assert!(format_i64_simple(5, spec).is_none(), "{spec:?}");
        }
    }

    #[test]
    fn int_cases_match_cpython() {
        for &(value, spec, want) in INT_CASES {
            let n: BigInt = value.parse().unwrap();
            assert_eq!(
                outcome(format_int_spec(&n, spec, "int")),
                want,
                "format({value}, {spec:?})"
            );
        }
    }

    #[test]
    fn float_cases_match_cpython() {
        for &(bits, spec, want) in FLOAT_CASES {
            let x = f64::from_bits(bits);
            assert_eq!(
                outcome(format_float_spec(x, spec, "float")),
                want,
                "format({x:?}, {spec:?})"
            );
        }
    }

    #[test]
    fn str_cases_match_cpython() {
        for &(value, spec, want) in STR_CASES {
            assert_eq!(
                outcome(format_str_spec(value, spec, "str")),
                want,
                "format({value:?}, {spec:?})"
            );
        }
    }

    #[test]
    fn bool_names_its_type() {
        let err = format_int_spec(&BigInt::from(1), "q", "bool").unwrap_err();
        assert_eq!(
            err.message,
            "Unknown format code 'q' for object of type 'bool'"
        );
        assert_eq!(
            format_i64(1, &parse(">3", "bool").unwrap(), "bool").unwrap(),
            "  1"
        );
    }

    #[test]
    fn int_to_float_rounds_correctly() {
        let cases: &[(&str, f64)] = &[
            ("9007199254740993", 9007199254740992.0),
            ("9007199254740995", 9007199254740996.0),
            ("1152921504606847105", 1152921504606847232.0),
            ("-1152921504606847104", -1152921504606846976.0),
        ];
        for &(text, want) in cases {
            assert_eq!(bigint_to_f64(&text.parse().unwrap()), Some(want), "{text}");
        }
        let huge: BigInt = BigInt::from(1) << 1024u32;
        assert_eq!(bigint_to_f64(&huge), None);
    }

    /// (decimal int, spec, `=result` or `!Error: message`) from CPython 3.11.
    const INT_CASES: &[(&str, &str, &str)] = &[
        ("1234", "08,", "=0,001,234"),
        ("1234", "010,", "=00,001,234"),
        ("1234", "09,", "=0,001,234"),
        ("1234", "#012_x", "=0x0_0000_04d2"),
        ("12345678", "_b", "=1011_1100_0110_0001_0100_1110"),
        ("123456789", "_o", "=7_2674_6425"),
        ("1", ".2", "!ValueError: Precision not allowed in integer format specifier"),
        ("1", "z", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1", "#c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1", ",c", "!ValueError: Cannot specify ',' with 'c'."),
        ("1", "_c", "!ValueError: Cannot specify '_' with 'c'."),
        ("1", ",_", "!ValueError: Cannot specify both ',' and '_'."),
        ("1", "_,", "!ValueError: Cannot specify both ',' and '_'."),
        ("1", ".", "!ValueError: Format specifier missing precision"),
        ("1", ">5dd", "!ValueError: Invalid format specifier '>5dd' for object of type 'int'"),
        ("1", "99999999999999999999", "!ValueError: Too many decimal digits in format string"),
        ("1114112", "c", "!OverflowError: %c arg not in range(0x110000)"),
        ("-1", "c", "!OverflowError: %c arg not in range(0x110000)"),
        ("1180591620717411303424", "c", "!OverflowError: Python int too large to convert to C long"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "e", "!OverflowError: int too large to convert to float"),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "f", "!OverflowError: int too large to convert to float"),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792", "f", "!OverflowError: int too large to convert to float"),
        ("179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791", "e", "=1.797693e+308"),
        ("1", ",n", "!ValueError: Cannot specify ',' with 'n'."),
        ("1", "\u{1}", "!ValueError: Unknown format code '\\x1' for object of type 'int'"),
        ("1", ",\u{1}", "!ValueError: Cannot specify ',' with '\\x1'."),
        ("42", "\u{0}<5", "=42\u{0}\u{0}\u{0}"),
        ("9", "0=+8", "=+0000009"),
        ("255", "#010X", "=0X000000FF"),
        ("-255", "#010x", "=-0x00000ff"),
        ("-255", "+#x", "=-0xff"),
        ("3", " 05", "= 0003"),
        ("123", "^+9", "=  +123   "),
        ("5", "_", "=5"),
        ("12345", "_x", "=3039"),
        ("1", "\u{e9}", "!ValueError: Unknown format code '\\xe9' for object of type 'int'"),
        ("1000000000", "-#1X", "=0X3B9ACA00"),
        ("1", "-n", "=1"),
        ("1152921504606847105", " #12o", "= 0o100000000000000000201"),
        ("9007199254740993", " 012b", "= 100000000000000000000000000000000000000000000000000001"),
        ("9007199254740993", "\u{e9}>12G", "=\u{e9}\u{e9}9.0072E+15"),
        ("-9223372036854775808", ">12f", "=-9223372036854775808.000000"),
        ("-1000000000000000000000000000000", "> #1_d", "=-1_000_000_000_000_000_000_000_000_000_000"),
        ("-1", "0> 1G", "=-1"),
        ("-1", "+020G", "=-0000000000000000001"),
        ("1234567", "\u{e9}>-1_d", "=1_234_567"),
        ("-255", ">8,q", "!ValueError: Cannot specify ',' with 'q'."),
        ("-98765", "-1n", "=-98765"),
        ("-42", "012_o", "=-0_0000_0052"),
        ("12345678901234567890123", "0>+012d", "=+12345678901234567890123"),
        ("-1000000000000000000000000000000", "0= 020X", "=-C9F2C9CD04674EDEA40000000"),
        ("-1000000000000000000000000000000", "#0", "=-1000000000000000000000000000000"),
        ("-1", "< 12F", "=-1.000000   "),
        ("-1000000000000000000000000000000", "*<-#20x", "=-0xc9f2c9cd04674edea40000000"),
        ("128512", "012e", "=1.285120e+05"),
        ("-1", "\u{e9}>+f", "=-1.000000"),
        ("1234", "x^_", "=1_234"),
        ("0", ">-8g", "=       0"),
        ("-9223372036854775808", "8", "=-9223372036854775808"),
        ("65", "0=+#8F", "=+65.000000"),
        ("255", "=+8x", "=+     ff"),
        ("255", "F", "=255.000000"),
        ("-9223372036854775808", " #20o", "=-0o1000000000000000000000"),
        ("12345678901234567890123", "<z12o", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1", "\u{e9}>+12s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("-42", "0>#o", "=-0o52"),
        ("255", "-#020b", "=0b000000000011111111"),
        ("9007199254740993", "#08d", "=9007199254740993"),
        ("-1000000000000000000000000000000", "^ 01F", "=-1000000000000000019884624838656.000000"),
        ("128512", "< 12G", "= 128512     "),
        ("-42", "=8,b", "!ValueError: Cannot specify ',' with 'b'."),
        ("-42", "\u{e9}>+F", "=-42.000000"),
        ("255", "0=1d", "=255"),
        ("-9223372036854775808", "+01d", "=-9223372036854775808"),
        ("7", "<E", "=7.000000E+00"),
        ("-98765", "=1,x", "!ValueError: Cannot specify ',' with 'x'."),
        ("12345678901234567890123", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("7", "*<1.10n", "!ValueError: Precision not allowed in integer format specifier"),
        ("7", "+1G", "=+7"),
        ("128512", "0=,q", "!ValueError: Cannot specify ',' with 'q'."),
        ("-255", "0>-20%", "=000000-25500.000000%"),
        ("128512", ">20g", "=              128512"),
        ("1", ",%", "=100.000000%"),
        ("128512", "0=+0_c", "!ValueError: Cannot specify '_' with 'c'."),
        ("-9223372036854775808", "^ #.3d", "!ValueError: Precision not allowed in integer format specifier"),
        ("65", "> %", "= 6500.000000%"),
        ("1152921504606847105", "-z12o", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "=+12.17s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("12345678901234567890123", "\u{e9}> n", "= 12345678901234567890123"),
        ("-1", "08q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("1234", "*<+z12s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("-1", "\u{e9}>-#20G", "=\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}-1.00000"),
        ("65", "=12o", "=         101"),
        ("1000000000", ">+#8X", "=+0X3B9ACA00"),
        ("65", "> 12_F", "=   65.000000"),
        ("0", ">-1X", "=0"),
        ("-1", "x^c", "!OverflowError: %c arg not in range(0x110000)"),
        ("7", "\u{e9}>+_G", "=+7"),
        ("18446744073709551621", ">01,%", "=1,844,674,407,370,955,161,600.000000%"),
        ("7", "<8d", "=7       "),
        ("-9223372036854775808", "=+020n", "=-9223372036854775808"),
        ("-98765", "= 8%", "=-9876500.000000%"),
        ("9007199254740993", "0>#8e", "=9.007199e+15"),
        ("65", " 1c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("18446744073709551621", "0=s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("65", "0>8,d", "=00000065"),
        ("255", "^ 12_.17E", "= 2.55000000000000000E+02"),
        ("18446744073709551621", "= 8o", "= 2000000000000000000005"),
        ("128512", "0>20", "=00000000000000128512"),
        ("-42", "-12s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("-1000000000000000000000000000000", "*<020,G", "=-1E+30**************"),
        ("-1", "0>z#o", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("-98765", "0>-#012c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("1234", "x^z1F", "=1234.000000"),
        ("128512", "< 1,E", "= 1.285120E+05"),
        ("-1", ">g", "=-1"),
        ("18446744073709551621", "<X", "=10000000000000005"),
        ("1234", "*<012n", "=1234********"),
        ("65", "=#,E", "=6.500000E+01"),
        ("1", "\u{e9}>1x", "=1"),
        ("1000000000", "<1g", "=1e+09"),
        ("1000000000", "*<#08X", "=0X3B9ACA00"),
        ("18446744073709551621", "^+08_G", "=+1.84467E+19"),
        ("-255", "^+d", "=-255"),
        ("18446744073709551621", "-20,g", "=         1.84467e+19"),
        ("-98765", "^ z1d", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("0", "<8F", "=0.000000"),
        ("-42", "*<z20f", "=-42.000000**********"),
        ("1000000000", "*<+8d", "=+1000000000"),
        ("1", "*< #d", "= 1"),
        ("-255", "-,n", "!ValueError: Cannot specify ',' with 'n'."),
        ("9007199254740993", "0=1X", "=20000000000001"),
        ("-1000000000000000000000000000000", "<#12_c", "!ValueError: Cannot specify '_' with 'c'."),
        ("1234", "0> ,n", "!ValueError: Cannot specify ',' with 'n'."),
        ("-1000000000000000000000000000000", "^012d", "=-1000000000000000000000000000000"),
        ("-9223372036854775808", "0>,g", "=-9.22337e+18"),
        ("-255", "+#X", "=-0XFF"),
        ("0", "^-#,F", "=0.000000"),
        ("-1", "=012,c", "!ValueError: Cannot specify ',' with 'c'."),
        ("12345678901234567890123", ">+#1.17g", "=+1.2345678901234568e+22"),
        ("-255", "=-#8,g", "=-255.000"),
        ("-1000000000000000000000000000000", "z8,g", "=  -1e+30"),
        ("128512", "#0,X", "!ValueError: Cannot specify ',' with 'X'."),
        ("1234567", "020x", "=0000000000000012d687"),
        ("1234", "x^-#12_s", "!ValueError: Cannot specify '_' with 's'."),
        ("255", "=+,d", "=+255"),
        ("1000000000", "-1n", "=1000000000"),
        ("12345678901234567890123", "=+012G", "=+1.23457E+22"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "*<01G", "!OverflowError: int too large to convert to float"),
        ("128512", "0>z#1d", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("128512", "=z#20F", "=       128512.000000"),
        ("1234567", "G", "=1.23457E+06"),
        ("-42", "> 12d", "=         -42"),
        ("-255", "-8_b", "=-1111_1111"),
        ("128512", "+20q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("18446744073709551621", "\u{e9}>+1n", "=+18446744073709551621"),
        ("255", "x^12", "=xxxx255xxxxx"),
        ("1", "<1n", "=1"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0=z#E", "!OverflowError: int too large to convert to float"),
        ("1152921504606847105", "> ,n", "!ValueError: Cannot specify ',' with 'n'."),
        ("-42", "*<#1", "=-42"),
        ("1", "0= 12n", "= 00000000001"),
        ("255", "#0,", "=255"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0>#12x", "=0x1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad18e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059e08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("128512", ">#8.17E", "=1.28512000000000000E+05"),
        ("-1000000000000000000000000000000", "-20,c", "!ValueError: Cannot specify ',' with 'c'."),
        ("1", "> 1X", "= 1"),
        ("-1", "0>f", "=-1.000000"),
        ("-255", "=+20q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("65", "*< 20_X", "= 41*****************"),
        ("18446744073709551621", "x^ 0,x", "!ValueError: Cannot specify ',' with 'x'."),
        ("-9223372036854775808", "z#d", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("1152921504606847105", "^%", "=115292150460684730368.000000%"),
        ("7", "<#20,e", "=7.000000e+00        "),
        ("65", "1g", "=65"),
        ("-98765", ">12", "=      -98765"),
        ("12345678901234567890123", "-#d", "=12345678901234567890123"),
        ("1152921504606847105", ">,F", "=1,152,921,504,606,847,232.000000"),
        ("255", "*< n", "= 255"),
        ("65", "20f", "=           65.000000"),
        ("-9223372036854775808", "-8.1e", "=-9.2e+18"),
        ("-98765", "= d", "=-98765"),
        ("-9223372036854775808", "x^+12G", "=-9.22337E+18"),
        ("-98765", "x^o", "=-300715"),
        ("-42", "<+b", "=-101010"),
        ("255", "0=#01X", "=0XFF"),
        ("7", "0=n", "=7"),
        ("128512", "0=+#8,E", "=+1.285120E+05"),
        ("1152921504606847105", "x^-20x", "=xx1000000000000081xx"),
        ("7", "*<-08_x", "=7*******"),
        ("-98765", "=-20f", "=-       98765.000000"),
        ("0", "=-#_X", "=0X0"),
        ("128512", "^8g", "= 128512 "),
        ("128512", "^-b", "=11111011000000000"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "^0g", "!OverflowError: int too large to convert to float"),
        ("1152921504606847105", ">12%", "=115292150460684730368.000000%"),
        ("-1000000000000000000000000000000", "<20_n", "!ValueError: Cannot specify '_' with 'n'."),
        ("-42", "^-n", "=-42"),
        ("-98765", "\u{e9}>-8,c", "!ValueError: Cannot specify ',' with 'c'."),
        ("-9223372036854775808", "<+e", "=-9.223372e+18"),
        ("18446744073709551621", "d", "=18446744073709551621"),
        ("0", "<0G", "=0"),
        ("-9223372036854775808", "020q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("1234567", "<-8b", "=100101101011010000111"),
        ("-98765", "=8F", "=-98765.000000"),
        ("1234", "*<01e", "=1.234000e+03"),
        ("-1000000000000000000000000000000", "^-020", "=-1000000000000000000000000000000"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "+#,o", "!ValueError: Cannot specify ',' with 'o'."),
        ("1000000000", "+c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("9007199254740993", "+12g", "= +9.0072e+15"),
        ("-255", "0=-1,d", "=-255"),
        ("1", "= 01,.17F", "= 1.00000000000000000"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0=12,d", "=10,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000"),
        ("-255", "-#", "=-255"),
        ("-9223372036854775808", "+8,.6d", "!ValueError: Precision not allowed in integer format specifier"),
        ("65", "x^ z#12d", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("0", "0=-b", "=0"),
        ("-1", "0=-#0,d", "=-1"),
        ("-255", "8d", "=    -255"),
        ("-9223372036854775808", "\u{e9}>#20c", "!ValueError: Alternate form (#) not allowed with integer format specifier 'c'"),
        ("1", "\u{e9}>z#12,x", "!ValueError: Cannot specify ',' with 'x'."),
        ("65", "x^8b", "=1000001x"),
        ("-9223372036854775808", "0=8f", "=-9223372036854775808.000000"),
        ("1234567", ">12", "=     1234567"),
        ("-42", "x^+8n", "=xx-42xxx"),
        ("-1000000000000000000000000000000", ">0o", "=-1447626234640431647336510000000000"),
        ("-98765", "0>-#8_n", "!ValueError: Cannot specify '_' with 'n'."),
        ("1234567", "x^1.3G", "=1.23E+06"),
        ("9007199254740993", " 12s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("1000000000", "*< #0g", "= 1.00000e+09"),
        ("18446744073709551621", "0>d", "=18446744073709551621"),
        ("-42", "^ z,F", "=-42.000000"),
        ("1152921504606847105", "x^8o", "=100000000000000000201"),
        ("-98765", "+#0,G", "=-98,765.0"),
        ("65", " d", "= 65"),
        ("128512", "=#20_.2g", "=             1.3e+05"),
        ("1", "0>#20F", "=0000000000001.000000"),
        ("1", "#020b", "=0b000000000000000001"),
        ("65", "^+#", "=+65"),
        ("-1000000000000000000000000000000", "\u{e9}>#o", "=-0o1447626234640431647336510000000000"),
        ("-1000000000000000000000000000000", "-1b", "=-1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000"),
        ("-9223372036854775808", "+#12o", "=-0o1000000000000000000000"),
        ("-98765", "=-#1F", "=-98765.000000"),
        ("7", "^-#X", "=0X7"),
        ("9007199254740993", "*<+8n", "=+9007199254740993"),
        ("7", "=+#1,G", "=+7.00000"),
        ("128512", "^ #12d", "=   128512   "),
        ("12345678901234567890123", "<+#0d", "=+12345678901234567890123"),
        ("-1", "x^-#020e", "=xxx-1.000000e+00xxxx"),
        ("-255", "e", "=-2.550000e+02"),
        ("65", "020g", "=00000000000000000065"),
        ("1", "+8g", "=      +1"),
        ("1234", "^-s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("0", "0> 012_c", "!ValueError: Cannot specify '_' with 'c'."),
        ("9007199254740993", "0G", "=9.0072E+15"),
        ("128512", "<-s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("-98765", "G", "=-98765"),
        ("18446744073709551621", "12d", "=18446744073709551621"),
        ("-9223372036854775808", "^-12%", "=-922337203685477580800.000000%"),
        ("9007199254740993", "+", "=+9007199254740993"),
        ("-9223372036854775808", " 20,%", "=-922,337,203,685,477,580,800.000000%"),
        ("-1000000000000000000000000000000", "0=c", "!OverflowError: Python int too large to convert to C long"),
        ("9007199254740993", " #0e", "= 9.007199e+15"),
        ("-9223372036854775808", "0=12q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("-42", "*<12d", "=-42*********"),
        ("9007199254740993", ">-q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("1234567", "x^-_%", "=123_456_700.000000%"),
        ("0", "^8X", "=   0    "),
        ("1234567", "#8G", "=1.23457E+06"),
        ("-9223372036854775808", "\u{e9}>o", "=-1000000000000000000000"),
        ("-255", "x^ 20F", "=xxxx-255.000000xxxxx"),
        ("-98765", "0=#12o", "=-0o000300715"),
        ("12345678901234567890123", "> 8g", "= 1.23457e+22"),
        ("18446744073709551621", "0> 020G", "=00000000 1.84467E+19"),
        ("1234567", " #12_f", "= 1_234_567.000000"),
        ("1000000000", "x^,F", "=1,000,000,000.000000"),
        ("1234567", "0>+12G", "=+1.23457E+06"),
        ("-9223372036854775808", " 0g", "=-9.22337e+18"),
        ("128512", "= #08f", "= 128512.000000"),
        ("128512", "\u{e9}>1e", "=1.285120e+05"),
        ("1000000000", "0>-x", "=3b9aca00"),
        ("1", "0= 20", "= 0000000000000000001"),
        ("0", "> z12,.1F", "=         0.0"),
        ("9007199254740993", "x^+b", "=+100000000000000000000000000000000000000000000000000001"),
        ("-42", " #0G", "=-42.0000"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "=x", "=1b4ec7f91973ff3cb1ccf26fbc177c38db6e54582de258ff5190b8bc150afadb38030e5d0b7bf50120e5c0e6ad18e629853ce9946a0b2eccf6cfde0af8634bf8dc5a427fe4236ce5959baa0e776cdb47c4813e1e0c75ca271e1d059e08e4996aa4193a48ad3a24633ebdb32e9f0b824377e2fa9c10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
        ("1", ">0d", "=1"),
        ("1234", "= #0_.6x", "!ValueError: Precision not allowed in integer format specifier"),
        ("1000000000", "-8%", "=100000000000.000000%"),
        ("1152921504606847105", "<-,%", "=115,292,150,460,684,730,368.000000%"),
        ("255", "+8b", "=+11111111"),
        ("12345678901234567890123", "^ #", "= 12345678901234567890123"),
        ("1000000000", "#n", "=1000000000"),
        ("255", "^+12_s", "!ValueError: Cannot specify '_' with 's'."),
        ("-255", "<-12g", "=-255        "),
        ("9007199254740993", "<-c", "!ValueError: Sign not allowed with integer format specifier 'c'"),
        ("18446744073709551621", " #20_f", "= 18_446_744_073_709_551_616.000000"),
        ("-255", "0=1_d", "=-255"),
        ("1234", ">8o", "=    2322"),
        ("-98765", "8,G", "= -98,765"),
        ("1234", "=+#1d", "=+1234"),
        ("18446744073709551621", " #8x", "= 0x10000000000000005"),
        ("1152921504606847105", "< 20", "= 1152921504606847105"),
        ("7", "0=+20,b", "!ValueError: Cannot specify ',' with 'b'."),
        ("1", "^8n", "=   1    "),
        ("-98765", "0>1G", "=-98765"),
        ("128512", "q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("-98765", " 1_g", "=-98_765"),
        ("-9223372036854775808", "=020n", "=-9223372036854775808"),
        ("0", "0>-n", "=0"),
        ("1000000000", "0=020_%", "=100_000_000_000.000000%"),
        ("-255", "+z01e", "=-2.550000e+02"),
        ("-1000000000000000000000000000000", ".3F", "=-1000000000000000019884624838656.000"),
        ("-1", "\u{e9}>+08q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("1000000000", "+20n", "=         +1000000000"),
        ("-1", "z01_x", "!ValueError: Negative zero coercion (z) not allowed in integer format specifier"),
        ("7", "\u{e9}>+01q", "!ValueError: Unknown format code 'q' for object of type 'int'"),
        ("-9223372036854775808", ">#20X", "= -0X8000000000000000"),
        ("65", "=-20,x", "!ValueError: Cannot specify ',' with 'x'."),
        ("-42", "*<-#_d", "=-42"),
        ("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "0>-#020G", "!OverflowError: int too large to convert to float"),
        ("0", "0=#8X", "=0X000000"),
        ("65", " 20d", "=                  65"),
        ("1", "\u{e9}>+1e", "=+1.000000e+00"),
        ("1000000000", "0>20,g", "=0000000000000001e+09"),
        ("9007199254740993", "x^-1,X", "!ValueError: Cannot specify ',' with 'X'."),
        ("9007199254740993", "\u{e9}>F", "=9007199254740992.000000"),
        ("1234", "0>-012E", "=1.234000E+03"),
        ("-1", "*<s", "!ValueError: Unknown format code 's' for object of type 'int'"),
        ("7", "*<-08d", "=7*******"),
        ("18446744073709551621", "<#o", "=0o2000000000000000000005"),
        ("12345678901234567890123", " 020f", "= 12345678901234567741440.000000"),
        ("0", ">1.6g", "=0"),
        ("7", "^ 020_G", "=000000000 7000000000"),
        ("0", "x^-#01_e", "=0.000000e+00"),
        ("18446744073709551621", " 1.2o", "!ValueError: Precision not allowed in integer format specifier"),
    ];

    /// (float bits, spec, outcome) from CPython 3.11.
    const FLOAT_CASES: &[(u64, &str, &str)] = &[
        (0x3ff0000000000000, "x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3ff8000000000000, ",n", "!ValueError: Cannot specify ',' with 'n'."),
        (0x3ff8000000000000, ".2147483648f", "!ValueError: precision too big"),
        (0x3ff8000000000000, ".3n", "=1.5"),
        (0x8000000000000000, "z", "=0.0"),
        (0xbf50624dd2f1a9fc, "z.1f", "=0.0"),
        (0xbf50624dd2f1a9fc, "z.1e", "=-1.0e-03"),
        (0xbf50624dd2f1a9fc, "z.0%", "=0%"),
        (0x7ff0000000000000, "010", "=0000000inf"),
        (0x7ff8000000000000, "010", "=0000000nan"),
        (0x7ff8000000000000, "+", "=+nan"),
        (0x40934a456d5cfaad, "_.2f", "=1_234.57"),
        (0x40934a0000000000, ".4", "=1.234e+03"),
        (0x40934a0000000000, ".5", "=1234.5"),
        (0x4341c37937e08000, ".17", "=1e+16"),
        (0x3ff0000000000000, ".0", "=1e+00"),
        (0x3f1a36e2eb1c432d, ".3", "=0.0001"),
        (0x3ee4f8b588e368f1, ".3", "=1e-05"),
        (0x4132d68700000000, "020,.2f", "=0,000,001,234,567.00"),
        (0x4132d68700000000, "020,", "=00,000,001,234,567.0"),
        (0xc132d68700000000, "=+20,", "=-        1,234,567.0"),
        (0x4415af1d78b58c40, ">", "=1e+20"),
        (0x3fb999999999999a, "^", "=0.1"),
        (0x4000000000000000, "#", "=2.0"),
        (0x4000000000000000, "#.0f", "=2."),
        (0x4000000000000000, "#.0e", "=2.e+00"),
        (0x4000000000000000, "#g", "=2.00000"),
        (0x4000000000000000, "#.3", "=2.00"),
        (0x54b249ad2594c37d, ",.0f", "=10,000,000,000,000,000,159,028,911,097,599,180,468,360,808,563,945,281,389,781,327,557,747,838,772,170,381,060,813,469,985,856,815,104"),
        (0x405edd2f1a9fbe77, "_e", "=1.234560e+02"),
        (0x4005666666666666, ".2f", "=2.67"),
        (0x3fc0000000000000, ".2f", "=0.12"),
        (0x3fe0000000000000, ".0f", "=0"),
        (0x3ff8000000000000, ".0f", "=2"),
        (0x4004000000000000, ".0f", "=2"),
        (0x3ff0000000000000, "z", "=1.0"),
        (0xfff0000000000000, "z+", "!ValueError: Unknown format code '+' for object of type 'float'"),
        (0x3ff0000000000000, ".2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x0000000000000000, "^ 12,.10e", "= 0.0000000000e+00"),
        (0x7ff8000000000000, "=+z12x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3ff0000000000000, "0>20,s", "!ValueError: Cannot specify ',' with 's'."),
        (0x7ff0000000000000, "12.17n", "=         inf"),
        (0x4480f0cf064dd592, "^8s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0x7ff0000000000000, "^#8.17f", "=  inf   "),
        (0x3e8421f5f40d8376, "x^12F", "=xx0.000000xx"),
        (0x3fb999999999999a, "< 1.17x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3e757cae2a9534aa, "\u{e9}>01d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x7ff8000000000000, "<12", "=nan         "),
        (0xc023fd70a3d70a3d, "<012.1f", "=-10.00000000"),
        (0xc0522e5f4e163536, "0=1.3g", "=-72.7"),
        (0xbf1a36e2eb1c432d, "012.6g", "=-000000.0001"),
        (0xfff0000000000000, "*<z1,x", "!ValueError: Cannot specify ',' with 'x'."),
        (0xbf1a36e2eb1c432d, "z.2n", "=-0.0001"),
        (0xc0783e19cef2d322, " 20.10f", "=     -387.8813008771"),
        (0xc0783e19cef2d322, "\u{e9}>-1,.3", "=-3.88e+02"),
        (0x3fd5555555555555, "12,.6E", "=3.333333E-01"),
        (0xc0783e19cef2d322, "+0s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0x3e8421f5f40d8376, "0>8_s", "!ValueError: Cannot specify '_' with 's'."),
        (0x4004000000000000, "*<020,g", "=2.5*****************"),
        (0x3ee4f8b588e368f1, "20.2", "=               1e-05"),
        (0xfff0000000000000, "\u{e9}>-8.3E", "=\u{e9}\u{e9}\u{e9}\u{e9}-INF"),
        (0x3e8421f5f40d8376, "*<+#.1e", "=+1.5e-07"),
        (0x419d6f3454000000, "0= ", "= 123456789.0"),
        (0xc3843cdb4af87c02, "-.0e", "=-2e+17"),
        (0x4058ff5c28f5c28f, " #020.10d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4480f0cf064dd592, "^,E", "=1.000000E+22"),
        (0x3e757cae2a9534aa, "\u{e9}>#.3e", "=8.005e-08"),
        (0xc38777c90ca68d05, "=020n", "=-0000000002.1138e+17"),
        (0x3ee4f8b588e368f1, "*<.1", "=1e-05"),
        (0xfff0000000000000, ">#012.2x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3ff0000000000000, "0=-20.2n", "=00000000000000000001"),
        (0x41529585c34640a5, "=E", "=4.871703E+06"),
        (0x3f00519ed1d6f121, "> 20,s", "!ValueError: Cannot specify ',' with 's'."),
        (0x3ff0000000000000, "\u{e9}>8.6", "=\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}1.0"),
        (0x422251e29d3b610e, "\u{e9}>-g", "=3.93416e+10"),
        (0x3ee4f8b588e368f1, "\u{e9}>20.17n", "=1.0000000000000001e-05"),
        (0x0000000000000001, "x^+1.1e", "=+4.9e-324"),
        (0x3fb999999999999a, "0>+.10G", "=+0.1"),
        (0x41678c29c4000000, "0=8,.2g", "=01.2e+07"),
        (0x3fc0000000000000, "^+20,.3x", "!ValueError: Cannot specify ',' with 'x'."),
        (0x40934a0000000000, "*<-#.6d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x7ff0000000000000, "x^+12_", "=xxxx+infxxxx"),
        (0x41678c29c4000000, "> 8,", "= 12,345,678.125"),
        (0xc023fd70a3d70a3d, "-.0x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3fe0000000000000, "=-8.6E", "=5.000000E-01"),
        (0x3fd5555555555555, "#8.10s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0x8000000000000000, " 8.0G", "=      -0"),
        (0x4480f0cf064dd592, "*<20_d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3fe0000000000000, "0>+0", "=+0.5"),
        (0x3fc0000000000000, "*<20_.17", "=0.125***************"),
        (0xc0783e19cef2d322, "\u{e9}>-#.2E", "=-3.88E+02"),
        (0xc38777c90ca68d05, "1f", "=-211380155158995104.000000"),
        (0xc0783e19cef2d322, "= n", "=-387.881"),
        (0xfff0000000000000, ">8e", "=    -inf"),
        (0x3fd5555555555555, "^20g", "=      0.333333      "),
        (0x419d6f3454000000, "+G", "=+1.23457E+08"),
        (0x4480f0cf064dd592, "\u{e9}>-020,.0%", "=999,999,999,999,999,983,222,784%"),
        (0x418135e9f37f1d02, "8_x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3fe0000000000000, "< #.1s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0x4005666666666666, "-8.0x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x4341c37937e08000, "12x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x4415af1d78b58c40, ">+020.0F", "=+100000000000000000000"),
        (0x4004000000000000, "+08,.2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4480f0cf064dd592, "#20f", "=10000000000000000000000.000000"),
        (0x418135e9f37f1d02, "^_.2%", "=3_609_324_643.71%"),
        (0xc0522e5f4e163536, ".6%", "=-7272.456696%"),
        (0x3fc0000000000000, "+#.1F", "=+0.1"),
        (0x3fd5555555555555, "012", "=0.3333333333333333"),
        (0x3e8421f5f40d8376, "x^-#g", "=1.50000e-07"),
        (0x3ee4f8b588e368f1, "+20.17d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x422251e29d3b610e, ">#", "=39341608605.68956"),
        (0x419d6f3454000000, "*<1.6E", "=1.234568E+08"),
        (0x4341c37937e08000, "< 0%", "= 1000000000000000000.000000%"),
        (0x7e37e43c8800759c, "\u{e9}>z#", "=1.e+300"),
        (0x3fe0000000000000, "x^z12", "=xxxx0.5xxxxx"),
        (0x7ff0000000000000, " #20_.0s", "!ValueError: Cannot specify '_' with 's'."),
        (0xbf4b9f402f01340e, "x^z8,e", "=-8.429588e-04"),
        (0x3f00519ed1d6f121, "0=0x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3fb999999999999a, "-zE", "=1.000000E-01"),
        (0xbff8000000000000, "^-z.17x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x418135e9f37f1d02, "+20d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3e8421f5f40d8376, "=-1d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x40934a0000000000, "+12.3%", "=+123450.000%"),
        (0xbff8000000000000, "=-8.10d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0xbf1a36e2eb1c432d, "0= 1.0s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0x422251e29d3b610e, "=-,.3%", "=3,934,160,860,568.956%"),
        (0x3ff0000000000000, ">+z8E", "=+1.000000E+00"),
        (0x40934a0000000000, "<1.1F", "=1234.5"),
        (0x4480f0cf064dd592, ">-12_e", "=1.000000e+22"),
        (0x4480f0cf064dd592, "0>z#8x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3ee4f8b588e368f1, "0=20f", "=0000000000000.000010"),
        (0x41529585c34640a5, " 1d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4004000000000000, "0>,d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x40934a0000000000, "0>-20.2G", "=00000000000001.2E+03"),
        (0x4341c37937e08000, "+.6d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x7ff8000000000000, "0=8d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4004000000000000, "*<+012.6F", "=+2.500000***"),
        (0x4341c37937e08000, "< #12_.0%", "= 1_000_000_000_000_000_000.%"),
        (0x4058ff5c28f5c28f, "=+#8_.3g", "=+   100."),
        (0x3fc0000000000000, "0=+8.6G", "=+000.125"),
        (0x3f00519ed1d6f121, "=012d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x41529585c34640a5, "+1.3s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0x0000000000000000, " 1.0n", "= 0"),
        (0x3fc0000000000000, "x^-d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x40934a0000000000, "=-8F", "=1234.500000"),
        (0x41678c29c4000000, "\u{e9}>1,.0g", "=1e+07"),
        (0x3fb999999999999a, "0>8_s", "!ValueError: Cannot specify '_' with 's'."),
        (0x4341c37937e08000, "1d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4004000000000000, ">1%", "=250.000000%"),
        (0x3f00519ed1d6f121, "> 020", "= 3.112569741456546e-05"),
        (0x3fd5555555555555, " zG", "= 0.333333"),
        (0x7ff8000000000000, "0>,", "=nan"),
        (0x422251e29d3b610e, "<+12_E", "=+3.934161E+10"),
        (0x3fe0000000000000, "x^ 012.10f", "= 0.5000000000"),
        (0x4005666666666666, "x^", "=2.675"),
        (0x3fd5555555555555, "0>+12,.10x", "!ValueError: Cannot specify ',' with 'x'."),
        (0xbf4b9f402f01340e, "<+#0,", "=-0.0008429587742370141"),
        (0xc3843cdb4af87c02, "<1x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x8000000000000000, "+#20n", "=            -0.00000"),
        (0x3ee4f8b588e368f1, "0=,.2g", "=1e-05"),
        (0x8000000000000000, "\u{e9}>-1.0F", "=-0"),
        (0x419d6f3454000000, "*<8_.0E", "=1E+08***"),
        (0x7ff8000000000000, "0>-08,.1x", "!ValueError: Cannot specify ',' with 'x'."),
        (0xc0522e5f4e163536, "=z8.6n", "=-72.7246"),
        (0x3fb999999999999a, "^+20.1F", "=        +0.1        "),
        (0x4004000000000000, "#08d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0xc3843cdb4af87c02, " #8E", "=-1.822852E+17"),
        (0x422251e29d3b610e, "\u{e9}>-#8,.1", "=\u{e9}\u{e9}4.e+10"),
        (0x4480f0cf064dd592, "x^0.0", "=1e+22"),
        (0xbf4b9f402f01340e, "-20,%", "=          -0.084296%"),
        (0x41529585c34640a5, ">#", "=4871703.051162873"),
        (0x41678c29c4000000, " 08.17", "= 12345678.125"),
        (0xc0783e19cef2d322, "0=12,.6%", "=-38,788.130088%"),
        (0x3fe0000000000000, "*<-G", "=0.5"),
        (0x7e37e43c8800759c, ".0", "=1e+300"),
        (0x7ff0000000000000, "F", "=INF"),
        (0xc023fd70a3d70a3d, "z#12_.3%", "=   -999.500%"),
        (0x7e37e43c8800759c, "\u{e9}>.3s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0xbff8000000000000, " 1", "=-1.5"),
        (0x419d6f3454000000, "=#20s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0x419d6f3454000000, ">z12F", "=123456789.000000"),
        (0x0000000000000000, "<+01.0n", "=+0"),
        (0x40934a0000000000, "*<#.6x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x4005666666666666, "0=20e", "=000000002.675000e+00"),
        (0xc3843cdb4af87c02, "x^", "=-1.822851868005172e+17"),
        (0x7e37e43c8800759c, "0=+x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x4480f0cf064dd592, ">z#01,x", "!ValueError: Cannot specify ',' with 'x'."),
        (0x418135e9f37f1d02, "0= .3g", "= 3.61e+07"),
        (0x41678c29c4000000, "*<,E", "=1.234568E+07"),
        (0x3fc0000000000000, "<+0,.17d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4058ff5c28f5c28f, "0=+#0%", "=+9999.000000%"),
        (0x0000000000000001, "1e", "=4.940656e-324"),
        (0x3fd5555555555555, "\u{e9}>+#.17g", "=+0.33333333333333331"),
        (0x8000000000000000, "<.17", "=-0.0"),
        (0xbff8000000000000, "-08.6x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x418135e9f37f1d02, "-0.1", "=4e+07"),
        (0x7ff8000000000000, "^-.1%", "=nan%"),
        (0x4004000000000000, ".0", "=2e+00"),
        (0x422251e29d3b610e, ">-", "=39341608605.68956"),
        (0x7e37e43c8800759c, ">+z1_.10s", "!ValueError: Cannot specify '_' with 's'."),
        (0x3f00519ed1d6f121, "-#8.2e", "=3.11e-05"),
        (0x4004000000000000, "^.3x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x4005666666666666, "*<.1", "=3e+00"),
        (0x4480f0cf064dd592, "z8x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x418135e9f37f1d02, "0=f", "=36093246.437067"),
        (0x0000000000000001, "^E", "=4.940656E-324"),
        (0x0000000000000000, " 12.1n", "=           0"),
        (0x40934a0000000000, ">-#12e", "=1.234500e+03"),
        (0x0000000000000001, "=z1e", "=4.940656e-324"),
        (0x7ff8000000000000, "\u{e9}>-z.17e", "=nan"),
        (0x4341c37937e08000, "=20G", "=               1E+16"),
        (0x7ff0000000000000, "*< 12_.2%", "= inf%*******"),
        (0x4004000000000000, "+1.10", "=+2.5"),
        (0x422251e29d3b610e, "<+#20e", "=+3.934161e+10       "),
        (0xbf4b9f402f01340e, "^#12x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x0000000000000001, "^+", "=+5e-324"),
        (0x3ff0000000000000, "0>8%", "=100.000000%"),
        (0xc0522e5f4e163536, "^+08s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0x3e8421f5f40d8376, "=+12x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0xc023fd70a3d70a3d, "^+#08%", "=-999.500000%"),
        (0x3ff0000000000000, "<,.1", "=1e+00"),
        (0x7ff0000000000000, ",.0E", "=INF"),
        (0x4415af1d78b58c40, "*<+z20.0", "=+1e+20**************"),
        (0xfff0000000000000, "+z1,F", "=-INF"),
        (0xbf1a36e2eb1c432d, "0>-g", "=-0.0001"),
        (0x4004000000000000, ">,.17x", "!ValueError: Cannot specify ',' with 'x'."),
        (0xc3843cdb4af87c02, "*<8,.6E", "=-1.822852E+17"),
        (0x3fc0000000000000, "0=-12.1x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x8000000000000000, "< 12_.2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0xfff0000000000000, "z20s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0x4058ff5c28f5c28f, "=+1,.6E", "=+9.999000E+01"),
        (0x4415af1d78b58c40, "#012d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x422251e29d3b610e, "0>+#08.17d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3f00519ed1d6f121, "<-20.10F", "=0.0000311257        "),
        (0xbff8000000000000, "-z012,.6", "=-0,000,001.5"),
        (0x4058ff5c28f5c28f, "0=12,.0x", "!ValueError: Cannot specify ',' with 'x'."),
        (0xbff8000000000000, "+20,.6%", "=        -150.000000%"),
        (0x41529585c34640a5, "1G", "=4.8717E+06"),
        (0xc0783e19cef2d322, "8%", "=-38788.130088%"),
        (0x3fe0000000000000, "*<-0.17n", "=0.5"),
        (0xbf1a36e2eb1c432d, "<F", "=-0.000100"),
        (0x41678c29c4000000, "\u{e9}>+0", "=+12345678.125"),
        (0xfff0000000000000, "x^1.2f", "=-inf"),
        (0x3fd5555555555555, "x^+.10s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0x7ff0000000000000, "0=1g", "=inf"),
        (0x3e757cae2a9534aa, ">F", "=0.000000"),
        (0x4341c37937e08000, "\u{e9}> #12G", "= 1.00000E+16"),
        (0xbf4b9f402f01340e, "\u{e9}>0.17", "=-0.00084295877423701412"),
        (0x0000000000000001, "^08.3g", "=4.94e-324"),
        (0x4058ff5c28f5c28f, "0= 1.0%", "= 9999%"),
        (0xc38777c90ca68d05, "-#_.2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x40934a0000000000, "0= z20,e", "= 0,000,001.234500e+03"),
        (0xc38777c90ca68d05, "> 20.2x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3e757cae2a9534aa, "-#1.10e", "=8.0045433966e-08"),
        (0x418135e9f37f1d02, "0> z8s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0x3e8421f5f40d8376, "12E", "=1.500000E-07"),
        (0x3f00519ed1d6f121, " n", "= 3.11257e-05"),
        (0x7e37e43c8800759c, "12E", "=1.000000E+300"),
        (0x41529585c34640a5, "< #1.17E", "= 4.87170305116287339E+06"),
        (0xc0522e5f4e163536, ">#", "=-72.7245669571756"),
        (0xbf4b9f402f01340e, "\u{e9}> 12,G", "=-0.000842959"),
        (0x4005666666666666, " #20_g", "=             2.67500"),
        (0x7ff0000000000000, "<1G", "=INF"),
        (0x4005666666666666, "#8.6G", "= 2.67500"),
        (0x422251e29d3b610e, ">-12_.10g", "=3.934160861e+10"),
        (0x3fb999999999999a, "=20G", "=                 0.1"),
        (0xc0783e19cef2d322, "20g", "=            -387.881"),
        (0x4058ff5c28f5c28f, " 020,.17g", "= 099.989999999999995"),
        (0x419d6f3454000000, "x^ 12f", "= 123456789.000000"),
        (0x40934a0000000000, "1F", "=1234.500000"),
        (0xc0783e19cef2d322, "0>+8f", "=-387.881301"),
        (0x8000000000000000, "^-z.17G", "=0"),
        (0x3e8421f5f40d8376, "\u{e9}>-z#0,.0g", "=1.e-07"),
        (0xfff0000000000000, ".17E", "=-INF"),
        (0x3ff0000000000000, "\u{e9}>-020f", "=\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}1.000000"),
        (0x3ff0000000000000, "#20.1", "=              1.e+00"),
        (0x41678c29c4000000, "< 0.3g", "= 1.23e+07"),
        (0xfff0000000000000, "*<#_s", "!ValueError: Cannot specify '_' with 's'."),
        (0x3ee4f8b588e368f1, "0=8", "=0001e-05"),
        (0xc3843cdb4af87c02, "*<n", "=-1.82285e+17"),
        (0xc38777c90ca68d05, "-x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3f00519ed1d6f121, "+20.3%", "=             +0.003%"),
        (0x3e8421f5f40d8376, "^-20%", "=     0.000015%      "),
        (0x419d6f3454000000, "^ 012.0G", "=000 1E+08000"),
        (0x3ff0000000000000, "-12", "=         1.0"),
        (0x4005666666666666, "x^08f", "=2.675000"),
        (0x4005666666666666, "\u{e9}>-#20.2f", "=\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}2.67"),
        (0x3fd5555555555555, "< 12f", "= 0.333333   "),
        (0xbf4b9f402f01340e, "0=+,s", "!ValueError: Cannot specify ',' with 's'."),
        (0x3fe0000000000000, " E", "= 5.000000E-01"),
        (0xfff0000000000000, "0>#0_x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x4005666666666666, "\u{e9}>+0d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x41678c29c4000000, "0>+#8.2", "=+1.2e+07"),
        (0x0000000000000001, " 08G", "= 4.94066E-324"),
        (0x7e37e43c8800759c, "-20G", "=              1E+300"),
        (0xc38777c90ca68d05, "<+8G", "=-2.1138E+17"),
        (0x422251e29d3b610e, "*<+#12.0F", "=+39341608606."),
        (0x4004000000000000, "12.0F", "=           2"),
        (0x7e37e43c8800759c, "*<20.10E", "=1.0000000000E+300***"),
        (0xc0522e5f4e163536, "0=20_", "=-0_072.7245669571756"),
        (0x41529585c34640a5, ".0d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3fe0000000000000, "0.2F", "=0.50"),
        (0x0000000000000000, "0>-,.1E", "=0.0E+00"),
        (0x3fc0000000000000, "<1.10", "=0.125"),
        (0x3fb999999999999a, "x^-", "=0.1"),
        (0x8000000000000000, "-020.2f", "=-0000000000000000.00"),
        (0xc0522e5f4e163536, "#_%", "=-7_272.456696%"),
        (0x3fc0000000000000, "0>-0_.17", "=0.125"),
        (0x7ff0000000000000, "^8E", "=  INF   "),
        (0xbff8000000000000, "*< #,.2s", "!ValueError: Cannot specify ',' with 's'."),
        (0x4005666666666666, "^8_.2g", "=  2.7   "),
        (0x419d6f3454000000, " #0x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3e8421f5f40d8376, "0=#012n", "=01.50000e-07"),
        (0x4480f0cf064dd592, "_.10E", "=1.0000000000E+22"),
        (0x4480f0cf064dd592, "1.10F", "=10000000000000000000000.0000000000"),
        (0x0000000000000001, "-0,f", "=0.000000"),
        (0x3fc0000000000000, "= 08.0%", "= 000012%"),
        (0x422251e29d3b610e, "zx", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3ff0000000000000, "\u{e9}>012.1x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3fd5555555555555, "=+0,E", "=+3.333333E-01"),
        (0x4415af1d78b58c40, "0=+#20_.17F", "=+100_000_000_000_000_000_000.00000000000000000"),
        (0x4005666666666666, "> 12s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0xc0522e5f4e163536, "<+1E", "=-7.272457E+01"),
        (0x7ff8000000000000, "0= #12_f", "= 00000000nan"),
        (0x40934a0000000000, "0=-12f", "=01234.500000"),
        (0x4480f0cf064dd592, "\u{e9}>x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x4058ff5c28f5c28f, "*<+z.10d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0xfff0000000000000, "0=+01.6n", "=-inf"),
        (0x4058ff5c28f5c28f, "<+#20_.1f", "=+100.0              "),
        (0x418135e9f37f1d02, "8.1d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x41678c29c4000000, "\u{e9}>#", "=12345678.125"),
        (0x3e757cae2a9534aa, "=.3%", "=0.000%"),
        (0xfff0000000000000, "-01,.1d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3ff0000000000000, "x^.17E", "=1.00000000000000000E+00"),
        (0x0000000000000001, "*< 012%", "= 0.000000%**"),
        (0x4005666666666666, "0>-8.1", "=0003e+00"),
        (0xbf1a36e2eb1c432d, "=.17n", "=-0.0001"),
        (0x4058ff5c28f5c28f, ">-.6%", "=9999.000000%"),
        (0x41678c29c4000000, "x^-x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0xc3843cdb4af87c02, "+0.0g", "=-2e+17"),
        (0x41529585c34640a5, "0>-20_G", "=00000000004.8717E+06"),
        (0x40934a0000000000, "^+1n", "=+1234.5"),
        (0x7ff8000000000000, ">1F", "=NAN"),
        (0x4341c37937e08000, "^1_.10E", "=1.0000000000E+16"),
        (0xc0522e5f4e163536, "*<+8_x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0xbff8000000000000, "-20,s", "!ValueError: Cannot specify ',' with 's'."),
        (0xc023fd70a3d70a3d, "0>z#020s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0x3e8421f5f40d8376, "0= 20e", "= 00000001.500000e-07"),
        (0x7ff8000000000000, ">+12x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x419d6f3454000000, "x^", "=123456789.0"),
        (0x4005666666666666, "x^ z20,", "=xxxxxxx 2.675xxxxxxx"),
        (0x41678c29c4000000, "0>z20.1E", "=00000000000001.2E+07"),
        (0x419d6f3454000000, "0=+#,", "=+123,456,789.0"),
        (0x3e8421f5f40d8376, "\u{e9}>+G", "=+1.5E-07"),
        (0x7ff8000000000000, "0>G", "=NAN"),
        (0x4415af1d78b58c40, "= .2x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x3f00519ed1d6f121, "<G", "=3.11257E-05"),
        (0x3f00519ed1d6f121, "^ 20.2G", "=       3.1E-05      "),
        (0x4480f0cf064dd592, " 012_d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x7ff0000000000000, "^ #20,.6%", "=        inf%        "),
        (0x7e37e43c8800759c, "^-d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4341c37937e08000, "\u{e9}>20.17d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3e757cae2a9534aa, "<#1_g", "=8.00454e-08"),
        (0x7ff8000000000000, "08.10n", "=00000nan"),
        (0x418135e9f37f1d02, "20E", "=        3.609325E+07"),
        (0x4058ff5c28f5c28f, "0= 1,d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3e8421f5f40d8376, "\u{e9}>+,", "=+1.5e-07"),
        (0xc023fd70a3d70a3d, "<z08_.3E", "=-9.995E+00"),
        (0x3fd5555555555555, "<-01.3s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0x8000000000000000, "<20.2g", "=-0                  "),
        (0x3fb999999999999a, "x^ 12.1g", "=xxxx 0.1xxxx"),
        (0x41529585c34640a5, "<", "=4871703.051162873"),
        (0x4005666666666666, "0=+01E", "=+2.675000E+00"),
        (0x422251e29d3b610e, "+d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3fe0000000000000, "-1,.0f", "=0"),
        (0x3ff0000000000000, ">+0.2", "=+1.0"),
        (0x3fd5555555555555, "\u{e9}>,.3G", "=0.333"),
        (0x4004000000000000, "-08g", "=000002.5"),
        (0xc38777c90ca68d05, "0>+1.3g", "=-2.11e+17"),
        (0x7ff8000000000000, "^#01.6", "=nan"),
        (0x41529585c34640a5, "12", "=4871703.051162873"),
        (0x3fc0000000000000, "=+1,.0", "=+0.1"),
        (0x4415af1d78b58c40, "0>12.17g", "=00000001e+20"),
        (0xc3843cdb4af87c02, "> 020d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x41529585c34640a5, "> z#12x", "!ValueError: Unknown format code 'x' for object of type 'float'"),
        (0x7ff8000000000000, "0=-08.2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3f00519ed1d6f121, "f", "=0.000031"),
        (0x4058ff5c28f5c28f, "^12G", "=   99.99    "),
        (0xfff0000000000000, "x^012,.10e", "=xxxx-infxxxx"),
        (0x3fd5555555555555, "> 020,", "=0 0.3333333333333333"),
        (0x41678c29c4000000, "*< #08.2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0xc0783e19cef2d322, "\u{e9}>+.6s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0xbf1a36e2eb1c432d, "0>-z#F", "=-0.000100"),
        (0x7ff8000000000000, "*<-e", "=nan"),
        (0x4005666666666666, " 12_E", "= 2.675000E+00"),
        (0xbf1a36e2eb1c432d, ">+z8_.3d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x4004000000000000, ".3%", "=250.000%"),
        (0x3f00519ed1d6f121, "012", "=3.112569741456546e-05"),
        (0x8000000000000000, "0= 8_f", "=-0.000000"),
        (0x3ee4f8b588e368f1, "=20E", "=        1.000000E-05"),
        (0x3fe0000000000000, "x^+zd", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0xfff0000000000000, "0=+8", "=-0000inf"),
        (0x41678c29c4000000, ",.2E", "=1.23E+07"),
        (0xbf1a36e2eb1c432d, "\u{e9}>-#_.3", "=-0.000100"),
        (0x8000000000000000, "*<-#E", "=-0.000000E+00"),
        (0xbf1a36e2eb1c432d, ">-#g", "=-0.000100000"),
        (0xc023fd70a3d70a3d, "<+#8.3F", "=-9.995  "),
        (0x3fc0000000000000, "x^-#1G", "=0.125000"),
        (0xc0522e5f4e163536, "0>-#8%", "=-7272.456696%"),
        (0x8000000000000000, " 1,d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x7ff8000000000000, "0=12.10s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0xbff8000000000000, "^+12g", "=    -1.5    "),
        (0xbf4b9f402f01340e, "0> 20.2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x0000000000000000, "+,s", "!ValueError: Cannot specify ',' with 's'."),
        (0xfff0000000000000, "<-12e", "=-inf        "),
        (0x3fc0000000000000, "<-8_s", "!ValueError: Cannot specify '_' with 's'."),
        (0x3fe0000000000000, "^0_g", "=0.5"),
        (0xc0783e19cef2d322, "0=#1.0s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0xbf4b9f402f01340e, "0>0.0", "=-0.0008"),
        (0xfff0000000000000, "1.1F", "=-INF"),
        (0x4480f0cf064dd592, "0=1.6F", "=10000000000000000000000.000000"),
        (0x4415af1d78b58c40, "<#.2s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0xbf4b9f402f01340e, "0>#_.17", "=-0.00084295877423701412"),
        (0x4005666666666666, "0=-z8.3F", "=0002.675"),
        (0xc023fd70a3d70a3d, "< 12g", "=-9.995      "),
        (0x3fb999999999999a, ">-1.10s", "!ValueError: Unknown format code 's' for object of type 'float'"),
        (0x422251e29d3b610e, ">-#0f", "=39341608605.689560"),
        (0x418135e9f37f1d02, ">-.0G", "=4E+07"),
        (0x4004000000000000, "^-f", "=2.500000"),
        (0x41529585c34640a5, "0>12e", "=4.871703e+06"),
        (0x41678c29c4000000, "> G", "= 1.23457E+07"),
        (0x3fd5555555555555, "<-", "=0.3333333333333333"),
        (0x4005666666666666, "0=20d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
        (0x3e757cae2a9534aa, "^-#12g", "=8.00454e-08 "),
        (0x3ee4f8b588e368f1, "x^-12.2g", "=xxx1e-05xxxx"),
        (0x419d6f3454000000, "*<-z20,.2f", "=123,456,789.00******"),
        (0x4005666666666666, "<8.0e", "=3e+00   "),
        (0x7e37e43c8800759c, "\u{e9}>1.2d", "!ValueError: Unknown format code 'd' for object of type 'float'"),
    ];

    /// (str, spec, outcome) from CPython 3.11.
    const STR_CASES: &[(&str, &str, &str)] = &[
        ("a", " ", "!ValueError: Space not allowed in string format specifier"),
        ("a", "+", "!ValueError: Sign not allowed in string format specifier"),
        ("a", "-", "!ValueError: Sign not allowed in string format specifier"),
        ("a", "z", "!ValueError: Negative zero coercion (z) not allowed in string format specifier"),
        ("a", "#", "!ValueError: Alternate form (#) not allowed in string format specifier"),
        ("a", "=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("ab", "05", "=ab000"),
        ("ab", "0=5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("a", ",s", "!ValueError: Cannot specify ',' with 's'."),
        ("a", "_", "!ValueError: Cannot specify '_' with 's'."),
        ("abc", ".1", "=a"),
        ("abc", ".0", "="),
        ("abc", "^10.2", "=    ab    "),
        ("\u{e9}", "\u{e9}^5", "=\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}"),
        ("s", "dd", "!ValueError: Invalid format specifier 'dd' for object of type 'str'"),
        ("a", "d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("ab", "*^7", "=**ab***"),
        ("ab", "0<5", "=ab000"),
        ("x", ">0", "=x"),
        ("xxxxxxxxxxxx", "=.2", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("abc", "\u{e9}>20.5", "=\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}abc"),
        ("\u{65e5}\u{672c}\u{8a9e}", "s", "=\u{65e5}\u{672c}\u{8a9e}"),
        ("xxxxxxxxxxxx", "^r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("abc", "=.2r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("a", "0>s", "=a"),
        ("\u{65e5}\u{672c}\u{8a9e}", "x^.5r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("abc", "^", "=abc"),
        ("hello world", "<1s", "=hello world"),
        ("xxxxxxxxxxxx", "^8.0d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("abc", "20r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("h\u{e9}llo", "*<20", "=h\u{e9}llo***************"),
        ("\u{65e5}\u{672c}\u{8a9e}", "\u{e9}>20", "=\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{65e5}\u{672c}\u{8a9e}"),
        ("abc", "*<12", "=abc*********"),
        ("abc", "0>", "=abc"),
        ("a", "=.1d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("abc", "1.1", "=a"),
        ("xxxxxxxxxxxx", ">8.5", "=   xxxxx"),
        ("\u{65e5}\u{672c}\u{8a9e}", "\u{e9}>12r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("", "=1.2", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("\u{65e5}\u{672c}\u{8a9e}", "0>1.2", "=\u{65e5}\u{672c}"),
        ("hello world", "^12.2", "=     he     "),
        ("", "*<1r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("a", "^12d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("\u{65e5}\u{672c}\u{8a9e}", "*<.2d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("xxxxxxxxxxxx", "<.5", "=xxxxx"),
        ("hello world", "*<.1s", "=h"),
        ("abc", "*<20", "=abc*****************"),
        ("xxxxxxxxxxxx", "^", "=xxxxxxxxxxxx"),
        ("abc", "0=012.5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("abc", "<1s", "=abc"),
        ("a", "=1.5s", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("xxxxxxxxxxxx", "<s", "=xxxxxxxxxxxx"),
        ("", "\u{e9}>", "="),
        ("\u{65e5}\u{672c}\u{8a9e}", "<20", "=\u{65e5}\u{672c}\u{8a9e}                 "),
        ("h\u{e9}llo", "12.5s", "=h\u{e9}llo       "),
        ("a", ">1", "=a"),
        ("hello world", "*<r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("", "=20r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("hello world", "0>20.1", "=0000000000000000000h"),
        ("abc", "*<12", "=abc*********"),
        ("a", "12.0", "=            "),
        ("a", "*<20", "=a*******************"),
        ("a", "20", "=a                   "),
        ("", "*<r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("xxxxxxxxxxxx", "0>d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("xxxxxxxxxxxx", "\u{e9}>8s", "=xxxxxxxxxxxx"),
        ("hello world", "*<12", "=hello world*"),
        ("abc", "=.5r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("hello world", "x^012", "=hello worldx"),
        ("a", "<", "=a"),
        ("xxxxxxxxxxxx", "0.5s", "=xxxxx"),
        ("xxxxxxxxxxxx", "0=20.5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("h\u{e9}llo", "\u{e9}>d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("xxxxxxxxxxxx", "*<1", "=xxxxxxxxxxxx"),
        ("", "^s", "="),
        ("xxxxxxxxxxxx", "20d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("", "0>r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("hello world", "0=s", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("h\u{e9}llo", "8", "=h\u{e9}llo   "),
        ("h\u{e9}llo", "<1", "=h\u{e9}llo"),
        ("\u{65e5}\u{672c}\u{8a9e}", ">12.0", "=            "),
        ("", "8.0", "=        "),
        ("abc", "<r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("xxxxxxxxxxxx", "*<", "=xxxxxxxxxxxx"),
        ("h\u{e9}llo", "0=1s", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("", "=", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("a", "^20s", "=         a          "),
        ("hello world", ".5r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("h\u{e9}llo", "*<12.0s", "=************"),
        ("hello world", "<20", "=hello world         "),
        ("", "<", "="),
        ("abc", "*<d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("", "\u{e9}>1", "=\u{e9}"),
        ("h\u{e9}llo", ">12.2", "=          h\u{e9}"),
        ("hello world", ".2d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("xxxxxxxxxxxx", "12.2s", "=xx          "),
        ("hello world", "\u{e9}>1", "=hello world"),
        ("abc", "8.1r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("h\u{e9}llo", "1s", "=h\u{e9}llo"),
        ("abc", "r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("h\u{e9}llo", "12", "=h\u{e9}llo       "),
        ("\u{65e5}\u{672c}\u{8a9e}", ">", "=\u{65e5}\u{672c}\u{8a9e}"),
        ("abc", "*<12.1r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("", "0=1.5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("h\u{e9}llo", ">0d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("\u{65e5}\u{672c}\u{8a9e}", "^1", "=\u{65e5}\u{672c}\u{8a9e}"),
        ("\u{65e5}\u{672c}\u{8a9e}", "\u{e9}>20d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("", "0=.2d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("xxxxxxxxxxxx", "0=8.5d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("\u{65e5}\u{672c}\u{8a9e}", "^1.0s", "= "),
        ("a", "^12.0r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("abc", "x^20", "=xxxxxxxxabcxxxxxxxxx"),
        ("hello world", "x^0.5", "=hello"),
        ("\u{65e5}\u{672c}\u{8a9e}", "1", "=\u{65e5}\u{672c}\u{8a9e}"),
        ("a", "20", "=a                   "),
        ("a", "x^", "=a"),
        ("h\u{e9}llo", "^8.5d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("", "0.2", "="),
        ("", "x^0.2r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("\u{65e5}\u{672c}\u{8a9e}", "0>8d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("h\u{e9}llo", ">s", "=h\u{e9}llo"),
        ("a", "8.2d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("h\u{e9}llo", "=d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("hello world", "\u{e9}>12r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("xxxxxxxxxxxx", "12.2", "=xx          "),
        ("abc", "=0.5", "!ValueError: '=' alignment not allowed in string format specifier"),
        ("abc", "1", "=abc"),
        ("abc", "^8", "=  abc   "),
        ("abc", ">12.2", "=          ab"),
        ("xxxxxxxxxxxx", "\u{e9}>8", "=xxxxxxxxxxxx"),
        ("", "0>1", "=0"),
        ("", ">20.5", "=                    "),
        ("a", "0>12.0", "=000000000000"),
        ("xxxxxxxxxxxx", "20d", "!ValueError: Unknown format code 'd' for object of type 'str'"),
        ("a", "\u{e9}>0.0r", "!ValueError: Unknown format code 'r' for object of type 'str'"),
        ("xxxxxxxxxxxx", ".5s", "=xxxxx"),
    ];
}
