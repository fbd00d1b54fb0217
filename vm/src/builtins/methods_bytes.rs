//! Methods of `bytes`, and the codecs (`utf-8`, `ascii`, `latin-1`) behind
//! `str.encode`, `bytes.decode`, `str(b, encoding)` and `bytes(s, encoding)`.

use crate::object::Obj;

use super::args::{arity, bind_params, method_arity, no_args, no_kw, one_arg, tuple_arity};
use super::methods_str::adjust_indices;
use crate::exc::{self, PyErr};
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::types::{type_name, types, Types};
use crate::value::Value;
use crate::PyResult;

pub(super) fn register(t: &Types) {
    super::add_methods(
        &t.bytes,
        "bytes",
        &[
            ("capitalize", capitalize),
            ("center", center),
            ("count", count),
            ("decode", decode),
            ("endswith", endswith),
            ("find", find),
            ("hex", hex),
            ("index", index),
            ("isalnum", isalnum),
            ("isalpha", isalpha),
            ("isascii", isascii),
            ("isdigit", isdigit),
            ("islower", islower),
            ("isspace", isspace),
            ("istitle", istitle),
            ("isupper", isupper),
            ("join", join),
            ("ljust", ljust),
            ("lower", lower),
            ("lstrip", lstrip),
            ("partition", partition),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("replace", replace),
            ("rfind", rfind),
            ("rindex", rindex),
            ("rjust", rjust),
            ("rpartition", rpartition),
            ("rsplit", rsplit),
            ("rstrip", rstrip),
            ("split", split),
            ("splitlines", splitlines),
            ("startswith", startswith),
            ("strip", strip),
            ("swapcase", swapcase),
            ("title", title),
            ("upper", upper),
            ("zfill", zfill),
        ],
    );
    let fromhex = super::func("fromhex", fromhex);
    t.bytes.dict.write().insert(
        crate::intern::intern("fromhex"),
        super::wrapper(&t.classmethod, vec![fromhex]),
    );
}

// ----- codecs -----

/// The codecs Spindle implements.
#[derive(Clone, Copy, PartialEq)]
enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// Looks an encoding name up the way CPython normalizes it
    /// (`UTF8`, `utf_8`, `Latin-1`, `iso-8859-1` ...).
    fn lookup(name: &str) -> PyResult<Codec> {
        let mut norm = String::with_capacity(name.len());
        for c in name.chars() {
            if c.is_ascii_alphanumeric() || c == '.' {
                norm.push(c.to_ascii_lowercase());
            } else if !norm.ends_with('_') {
                norm.push('_');
            }
        }
        let norm = norm.trim_matches('_');
        Ok(match norm {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
            | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us"
            | "iso_646.irv_1991" | "iso_ir_6" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" | "iso_ir_100" => {
                Codec::Latin1
            }
            _ => {
                return Err(PyErr::msg(
                    &types().lookup_error,
                    format!("unknown encoding: {}", name),
                ))
            }
        })
    }

    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::msg(
        &types().lookup_error,
        format!("unknown error handler name '{}'", errors),
    )
}

/// An optional str argument of a codec method (`encoding`, `errors`).
pub(super) fn codec_arg(fname: &str, pname: &str, v: Option<&Value>) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
        Some(other) => Err(exc::type_error(format!(
            "{}() argument '{}' must be str, not {}",
            fname,
            pname,
            type_name(other)
        ))),
    }
}

fn escape_char(c: char) -> String {
    match c as u32 {
        n if n <= 0xff => format!("\\x{:02x}", n),
        n if n <= 0xffff => format!("\\u{:04x}", n),
        n => format!("\\U{:08x}", n),
    }
}

/// `text.encode(encoding, errors)`.
pub fn encode_text(text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = Codec::lookup(encoding)?;
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|c| **c as u32 >= limit)
            .count();
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "xmlcharrefreplace" => {
                for c in &chars[i..end] {
                    out.extend(format!("&#{};", *c as u32).bytes());
                }
            }
            "backslashreplace" => {
                for c in &chars[i..end] {
                    out.extend(escape_char(*c).bytes());
                }
            }
            "strict" | "surrogateescape" | "surrogatepass" => {
                let place = if end == i + 1 {
                    format!("character '{}' in position {}", escape_char(c), i)
                } else {
                    format!("characters in position {}-{}", i, end - 1)
                };
                return Err(PyErr::msg(
                    &types().unicode_encode_error,
                    format!(
                        "'{}' codec can't encode {}: ordinal not in range({})",
                        codec.name(),
                        place,
                        limit
                    ),
                ));
            }
            other => return Err(unknown_handler(other)),
        }
        i = end;
    }
    Ok(out)
}

/// `data.decode(encoding, errors)`.
pub fn decode_data(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = Codec::lookup(encoding)?;
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| b as char).collect()),
        Codec::Ascii => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    decode_error(
                        &mut out,
                        codec,
                        data,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        errors,
                    )?;
                }
            }
            Ok(out)
        }
        Codec::Utf8 => {
            let mut out = String::with_capacity(data.len());
            let mut pos = 0;
            loop {
                match std::str::from_utf8(&data[pos..]) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = pos + e.valid_up_to();
                        out.push_str(
                            std::str::from_utf8(&data[pos..good]).expect("validated prefix"),
                        );
                        let (end, reason) = match e.error_len() {
                            None => (data.len(), "unexpected end of data"),
                            Some(n) => {
                                let b = data[good];
                                let bad_start = (0x80..0xc2).contains(&b) || b >= 0xf5;
                                (
                                    good + n,
                                    if bad_start {
                                        "invalid start byte"
                                    } else {
                                        "invalid continuation byte"
                                    },
                                )
                            }
                        };
                        decode_error(&mut out, codec, data, good, end, reason, errors)?;
                        pos = end;
                    }
                }
            }
        }
    }
}

/// Applies error handler `errors` to the undecodable bytes `start..end`.
fn decode_error(
    out: &mut String,
    codec: Codec,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{:02x}", b));
            }
            Ok(())
        }
        "strict" | "surrogateescape" | "surrogatepass" => {
            let place = if end == start + 1 {
                format!("byte 0x{:02x} in position {}", data[start], start)
            } else {
                format!("bytes in position {}-{}", start, end - 1)
            };
            Err(exc::unicode_decode_error(format!(
                "'{}' codec can't decode {}: {}",
                codec.name(),
                place,
                reason
            )))
        }
        other => Err(unknown_handler(other)),
    }
}

// ----- receivers and arguments -----

/// The bytes behind `self`.
fn this(vm: &Vm, v: &Value) -> PyResult<Obj<Vec<u8>>> {
    bytes_of(vm, v).ok_or_else(|| {
        exc::type_error(format!(
            "descriptor requires a 'bytes' object but received a '{}'",
            type_name(v)
        ))
    })
}

fn bytes_of(vm: &Vm, v: &Value) -> Option<Obj<Vec<u8>>> {
    match v {
        Value::Bytes(b) => Some(b.clone()),
        Value::Instance(_) => match vm.builtin_payload(v) {
            Some(Value::Bytes(b)) => Some(b),
            _ => None,
        },
        _ => None,
    }
}

/// A bytes-like argument (`a bytes-like object is required, not 'str'`).
fn buffer_arg(vm: &Vm, v: &Value) -> PyResult<Obj<Vec<u8>>> {
    bytes_of(vm, v).ok_or_else(|| {
        exc::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

/// The needle of `find`/`count`/`index`: bytes or one byte as an int.
fn needle_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_of(vm, v) {
        return Ok(b.to_vec());
    }
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => match v.as_i64() {
            Some(i @ 0..=255) => Ok(vec![i as u8]),
            _ => Err(exc::value_error("byte must be in range(0, 256)")),
        },
        _ => Err(exc::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name(v)
        ))),
    }
}

fn bytes_val(b: Vec<u8>) -> Value {
    Value::Bytes(Obj::new(b))
}

fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(b.get() as i64)),
        Some(Value::BigInt(b)) => {
            use num_traits::Signed;
            Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX }))
        }
        Some(v @ Value::Instance(_)) => vm.index_value(v).map(Some),
        Some(_) => Err(exc::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

fn window(
    vm: &mut Vm,
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<(usize, usize)> {
    let st = slice_index(vm, start)?;
    let en = slice_index(vm, end)?;
    Ok(adjust_indices(st, en, len))
}

fn find_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(0);
    }
    hay.windows(sub.len()).position(|w| w == sub)
}

fn rfind_sub(hay: &[u8], sub: &[u8]) -> Option<usize> {
    if sub.is_empty() {
        return Some(hay.len());
    }
    hay.windows(sub.len()).rposition(|w| w == sub)
}

// ----- search -----

fn find_in(vm: &mut Vm, args: &[Value], name: &str, from_right: bool) -> PyResult<Option<usize>> {
    tuple_arity(name, args, 1, 3)?;
    let b = this(vm, &args[0])?;
    let sub = needle_arg(vm, &args[1])?;
    let (st, en) = window(vm, b.len(), args.get(2), args.get(3))?;
    if en < st || en - st < sub.len() {
        return Ok(None);
    }
    let hay = &b[st..en];
    Ok(if from_right {
        rfind_sub(hay, &sub)
    } else {
        find_sub(hay, &sub)
    }
    .map(|p| st + p))
}

fn position(v: Option<usize>) -> Value {
    Value::Int(v.map_or(-1, |i| i as i64))
}

fn find(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("bytes.find", kw)?;
    find_in(vm, args, "find", false).map(position)
}

fn rfind(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("bytes.rfind", kw)?;
    find_in(vm, args, "rfind", true).map(position)
}

fn index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("bytes.index", kw)?;
    find_in(vm, args, "index", false)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| exc::value_error("subsection not found"))
}

fn rindex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("bytes.rindex", kw)?;
    find_in(vm, args, "rindex", true)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| exc::value_error("subsection not found"))
}

fn count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("bytes.count", kw)?;
    tuple_arity("count", args, 1, 3)?;
    let b = this(vm, &args[0])?;
    let sub = needle_arg(vm, &args[1])?;
    let (st, en) = window(vm, b.len(), args.get(2), args.get(3))?;
    if en < st {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int((en - st + 1) as i64));
    }
    let (mut hay, mut n) = (&b[st..en], 0);
    while let Some(p) = find_sub(hay, &sub) {
        n += 1;
        hay = &hay[p + sub.len()..];
    }
    Ok(Value::Int(n))
}

fn tail_match(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, at_end: bool) -> PyResult {
    no_kw(
        if at_end {
            "bytes.endswith"
        } else {
            "bytes.startswith"
        },
        kw,
    )?;
    tuple_arity(name, args, 1, 3)?;
    let b = this(vm, &args[0])?;
    let (st, en) = window(vm, b.len(), args.get(2), args.get(3))?;
    let matches = |sub: &[u8]| {
        if en < st || en - st < sub.len() {
            return false;
        }
        let hay = &b[st..en];
        if at_end {
            hay.ends_with(sub)
        } else {
            hay.starts_with(sub)
        }
    };
    if let Value::Tuple(t) = &args[1] {
        for item in t.items.iter() {
            match bytes_of(vm, item) {
                Some(sub) if matches(&sub) => return Ok(Value::bool(true)),
                Some(_) => {}
                None => {
                    return Err(exc::type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        type_name(item)
                    )))
                }
            }
        }
        return Ok(Value::bool(false));
    }
    match bytes_of(vm, &args[1]) {
        Some(sub) => Ok(Value::bool(matches(&sub))),
        None => Err(exc::type_error(format!(
            "{} first arg must be bytes or a tuple of bytes, not {}",
            name,
            type_name(&args[1])
        ))),
    }
}

fn startswith(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    tail_match(vm, args, kw, "startswith", false)
}

fn endswith(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    tail_match(vm, args, kw, "endswith", true)
}

// ----- case and predicates (ASCII only, as in CPython) -----

fn map_bytes(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    qual: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult {
    no_args(qual, args, kw)?;
    let b = this(vm, &args[0])?;
    Ok(bytes_val(f(&b)))
}

fn upper(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    map_bytes(vm, args, kw, "bytes.upper", |b| b.to_ascii_uppercase())
}

fn lower(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    map_bytes(vm, args, kw, "bytes.lower", |b| b.to_ascii_lowercase())
}

fn swapcase(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    map_bytes(vm, args, kw, "bytes.swapcase", |b| {
        b.iter()
            .map(|c| {
                if c.is_ascii_uppercase() {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                }
            })
            .collect()
    })
}

fn capitalize(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    map_bytes(vm, args, kw, "bytes.capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect()
    })
}

fn title(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    map_bytes(vm, args, kw, "bytes.title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let r = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn all_bytes(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    qual: &str,
    pred: fn(&u8) -> bool,
) -> PyResult {
    no_args(qual, args, kw)?;
    let b = this(vm, &args[0])?;
    Ok(Value::bool(!b.is_empty() && b.iter().all(pred)))
}

fn is_space(c: &u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn isalnum(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    all_bytes(vm, args, kw, "bytes.isalnum", u8::is_ascii_alphanumeric)
}

fn isalpha(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    all_bytes(vm, args, kw, "bytes.isalpha", u8::is_ascii_alphabetic)
}

fn isdigit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    all_bytes(vm, args, kw, "bytes.isdigit", u8::is_ascii_digit)
}

fn isspace(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    all_bytes(vm, args, kw, "bytes.isspace", is_space)
}

fn isascii(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("bytes.isascii", args, kw)?;
    Ok(Value::bool(this(vm, &args[0])?.is_ascii()))
}

fn islower(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("bytes.islower", args, kw)?;
    let b = this(vm, &args[0])?;
    Ok(Value::bool(
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
    ))
}

fn isupper(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("bytes.isupper", args, kw)?;
    let b = this(vm, &args[0])?;
    Ok(Value::bool(
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
    ))
}

fn istitle(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("bytes.istitle", args, kw)?;
    let b = this(vm, &args[0])?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in b.iter() {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::bool(cased))
}

// ----- padding -----

fn pad(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    name: &str,
    left: fn(usize, usize) -> usize,
) -> PyResult {
    no_kw(&format!("bytes.{}", name), kw)?;
    method_arity(name, args, 1, 2)?;
    let b = this(vm, &args[0])?;
    let width = vm.index_value(&args[1])?.max(0) as usize;
    exc::check_alloc(width)?;
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match bytes_of(vm, v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(exc::type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    type_name(v)
                )))
            }
        },
    };
    if width <= b.len() {
        return Ok(Value::Bytes(b));
    }
    let marg = width - b.len();
    let l = left(marg, width);
    let mut out = vec![fill; l];
    out.extend_from_slice(&b);
    out.resize(width, fill);
    Ok(bytes_val(out))
}

fn center(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    pad(vm, args, kw, "center", |marg, width| {
        marg / 2 + (marg & width & 1)
    })
}

fn ljust(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    pad(vm, args, kw, "ljust", |_, _| 0)
}

fn rjust(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    pad(vm, args, kw, "rjust", |marg, _| marg)
}

fn zfill(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    one_arg("bytes.zfill", args, kw)?;
    let b = this(vm, &args[0])?;
    let width = vm.index_value(&args[1])?.max(0) as usize;
    exc::check_alloc(width)?;
    if width <= b.len() {
        return Ok(Value::Bytes(b));
    }
    let (sign, body) = match b.first() {
        Some(c @ (b'+' | b'-')) => (Some(*c), &b[1..]),
        _ => (None, &b[..]),
    };
    let mut out = Vec::with_capacity(width);
    out.extend(sign);
    out.resize(width - body.len(), b'0');
    out.extend_from_slice(body);
    Ok(bytes_val(out))
}

// ----- strip, split, join -----

fn strip_ends(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult {
    no_kw(&format!("bytes.{}", name), kw)?;
    method_arity(name, args, 0, 1)?;
    let b = this(vm, &args[0])?;
    let set: Option<Obj<Vec<u8>>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(buffer_arg(vm, v)?),
    };
    let strip_it = |c: &u8| match &set {
        None => is_space(c),
        Some(s) => s.contains(c),
    };
    let mut st = 0;
    let mut en = b.len();
    if left {
        while st < en && strip_it(&b[st]) {
            st += 1;
        }
    }
    if right {
        while en > st && strip_it(&b[en - 1]) {
            en -= 1;
        }
    }
    Ok(bytes_val(b[st..en].to_vec()))
}

fn strip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    strip_ends(vm, args, kw, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    strip_ends(vm, args, kw, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    strip_ends(vm, args, kw, "rstrip", false, true)
}

/// The receiver, separator and split count of a `split`-like call.
type SplitArgs = (Obj<Vec<u8>>, Option<Obj<Vec<u8>>>, usize);

fn split_params(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str) -> PyResult<SplitArgs> {
    let [sep, maxsplit] = bind_params(name, &args[1..], kw, ["sep", "maxsplit"], 0, 2)?;
    let b = this(vm, &args[0])?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let sep = buffer_arg(vm, &v)?;
            if sep.is_empty() {
                return Err(exc::value_error("empty separator"));
            }
            Some(sep)
        }
    };
    let max = match maxsplit {
        None => usize::MAX,
        Some(v) => usize::try_from(vm.index_value(&v)?).unwrap_or(usize::MAX),
    };
    Ok((b, sep, max))
}

fn split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let (b, sep, mut max) = split_params(vm, args, kw, "split")?;
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = &b[..];
            while max > 0 {
                let Some(p) = find_sub(rest, &sep) else { break };
                out.push(bytes_val(rest[..p].to_vec()));
                rest = &rest[p + sep.len()..];
                max -= 1;
            }
            out.push(bytes_val(rest.to_vec()));
        }
        None => {
            let mut i = 0;
            let n = b.len();
            loop {
                while i < n && is_space(&b[i]) {
                    i += 1;
                }
                if i == n {
                    break;
                }
                if max == 0 {
                    out.push(bytes_val(b[i..].to_vec()));
                    break;
                }
                max -= 1;
                let j = i;
                while i < n && !is_space(&b[i]) {
                    i += 1;
                }
                out.push(bytes_val(b[j..i].to_vec()));
            }
        }
    }
    Ok(Value::list(out))
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let (b, sep, mut max) = split_params(vm, args, kw, "rsplit")?;
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest = &b[..];
            while max > 0 {
                let Some(p) = rfind_sub(rest, &sep) else {
                    break;
                };
                out.push(bytes_val(rest[p + sep.len()..].to_vec()));
                rest = &rest[..p];
                max -= 1;
            }
            out.push(bytes_val(rest.to_vec()));
        }
        None => {
            let mut i = b.len();
            loop {
                while i > 0 && is_space(&b[i - 1]) {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                if max == 0 {
                    out.push(bytes_val(b[..i].to_vec()));
                    break;
                }
                max -= 1;
                let j = i;
                while i > 0 && !is_space(&b[i - 1]) {
                    i -= 1;
                }
                out.push(bytes_val(b[i..j].to_vec()));
            }
        }
    }
    out.reverse();
    Ok(Value::list(out))
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [keepends] = bind_params("splitlines", &args[1..], kw, ["keepends"], 0, 1)?;
    let b = this(vm, &args[0])?;
    let keep = match keepends {
        Some(v) => vm.index_value(&v)? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let c = b[i];
        if c != b'\n' && c != b'\r' {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        if c == b'\r' && b.get(i + 1) == Some(&b'\n') {
            end += 1;
        }
        out.push(bytes_val(b[start..if keep { end } else { i }].to_vec()));
        start = end;
        i = end;
    }
    if start < b.len() {
        out.push(bytes_val(b[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn join(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    one_arg("bytes.join", args, kw)?;
    let sep = this(vm, &args[0])?;
    let items = vm.collect(&args[1])?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_of(vm, it) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(exc::type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    type_name(it)
                )))
            }
        }
    }
    Ok(bytes_val(out))
}

fn partition_at(vm: &mut Vm, args: &[Value], kw: Kwargs, from_right: bool) -> PyResult {
    one_arg(
        if from_right {
            "bytes.rpartition"
        } else {
            "bytes.partition"
        },
        args,
        kw,
    )?;
    let b = this(vm, &args[0])?;
    let sep = buffer_arg(vm, &args[1])?;
    if sep.is_empty() {
        return Err(exc::value_error("empty separator"));
    }
    let found = if from_right {
        rfind_sub(&b, &sep)
    } else {
        find_sub(&b, &sep)
    };
    let empty = || bytes_val(Vec::new());
    Ok(Value::tuple(match found {
        Some(i) => vec![
            bytes_val(b[..i].to_vec()),
            Value::Bytes(sep.clone()),
            bytes_val(b[i + sep.len()..].to_vec()),
        ],
        None if from_right => vec![empty(), empty(), Value::Bytes(b.clone())],
        None => vec![Value::Bytes(b.clone()), empty(), empty()],
    }))
}

fn partition(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    partition_at(vm, args, kw, false)
}

fn rpartition(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    partition_at(vm, args, kw, true)
}

fn removeprefix(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    one_arg("bytes.removeprefix", args, kw)?;
    let b = this(vm, &args[0])?;
    let p = buffer_arg(vm, &args[1])?;
    Ok(match b.strip_prefix(&p[..]) {
        Some(rest) => bytes_val(rest.to_vec()),
        None => Value::Bytes(b),
    })
}

fn removesuffix(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    one_arg("bytes.removesuffix", args, kw)?;
    let b = this(vm, &args[0])?;
    let p = buffer_arg(vm, &args[1])?;
    Ok(match b.strip_suffix(&p[..]) {
        Some(rest) => bytes_val(rest.to_vec()),
        None => Value::Bytes(b),
    })
}

fn replace(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("bytes.replace", kw)?;
    method_arity("replace", args, 2, 3)?;
    let b = this(vm, &args[0])?;
    let old = buffer_arg(vm, &args[1])?;
    let new = buffer_arg(vm, &args[2])?;
    let mut count = match args.get(3) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        // Insert `new` before every byte and at the end, `count` times.
        for (i, c) in b.iter().enumerate() {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            out.push(*c);
            if i + 1 == b.len() && count != 0 {
                out.extend_from_slice(&new);
            }
        }
        if b.is_empty() && count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(bytes_val(out));
    }
    let mut rest = &b[..];
    while count != 0 {
        let Some(p) = find_sub(rest, &old) else { break };
        out.extend_from_slice(&rest[..p]);
        out.extend_from_slice(&new);
        rest = &rest[p + old.len()..];
        count -= 1;
    }
    out.extend_from_slice(rest);
    Ok(bytes_val(out))
}

// ----- hex and codecs -----

fn hex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [sep, per] = bind_params("hex", &args[1..], kw, ["sep", "bytes_per_sep"], 0, 2)?;
    let b = this(vm, &args[0])?;
    let sep = match &sep {
        None => None,
        Some(v) => {
            let s: Vec<u8> = match v {
                Value::Str(s) => s.as_str().as_bytes().to_vec(),
                _ => match bytes_of(vm, v) {
                    Some(b) => b.to_vec(),
                    None => return Err(exc::type_error("sep must be str or bytes.")),
                },
            };
            if s.len() != 1 || (matches!(v, Value::Str(t) if t.char_len() != 1)) {
                return Err(exc::value_error("sep must be length 1."));
            }
            if !s[0].is_ascii() {
                return Err(exc::value_error("sep must be ASCII."));
            }
            Some(s[0] as char)
        }
    };
    let per = match per {
        Some(v) => vm.index_value(&v)?,
        None => 1,
    };
    let mut out = String::with_capacity(b.len() * 3);
    let n = b.len();
    for (i, byte) in b.iter().enumerate() {
        if let Some(sep) = sep {
            if i > 0 && per != 0 {
                let group = per.unsigned_abs() as usize;
                // Positive: groups counted from the right; negative: from the left.
                let boundary = if per > 0 {
                    (n - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(sep);
                }
            }
        }
        out.push_str(&format!("{:02x}", byte));
    }
    Ok(Value::string(out))
}

/// `bytes.fromhex(string)` (a class method: `args[0]` is the class).
fn fromhex(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("fromhex", kw)?;
    arity("fromhex", &args[1.min(args.len())..], 1, 1)?;
    let s = match &args[1] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(exc::type_error(format!(
                "fromhex() argument must be str, not {}",
                type_name(other)
            )))
        }
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let digit = |i: usize| chars.get(i).and_then(|c| c.to_digit(16));
    let bad = |i: usize| {
        exc::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            i
        ))
    };
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() || chars[i] == '\x0b' {
            i += 1;
            continue;
        }
        let hi = digit(i).ok_or_else(|| bad(i))?;
        let lo = digit(i + 1).ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(bytes_val(out))
}

fn decode(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [encoding, errors] = bind_params("decode", &args[1..], kw, ["encoding", "errors"], 0, 2)?;
    let b = this(vm, &args[0])?;
    let encoding = codec_arg("decode", "encoding", encoding.as_ref())?;
    let errors = codec_arg("decode", "errors", errors.as_ref())?;
    decode_bytes(&b, encoding.as_deref(), errors.as_deref()).map(Value::string)
}

/// Decodes with the defaults of `bytes.decode` (utf-8, strict).
pub fn decode_bytes(b: &[u8], encoding: Option<&str>, errors: Option<&str>) -> PyResult<String> {
    decode_data(b, encoding.unwrap_or("utf-8"), errors.unwrap_or("strict"))
}
