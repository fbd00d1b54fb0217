//! `json`: `dumps` and `loads` with CPython's output format, options and
//! error messages (`json.JSONDecodeError`, a ValueError, carries `msg`,
//! `doc`, `pos`, `lineno` and `colno`).

use crate::object::Obj;
use std::fmt::Write as _;
use std::sync::OnceLock;

use num_bigint::BigInt;

use crate::builtins::args::{arity, take_kw};
use crate::exc::{self, PyErr};
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::{Class, Dict};
use crate::types::{type_name, types};
use crate::value::Value;
use crate::PyResult;

/// Nesting deeper than this raises RecursionError (CPython's default limit).
const MAX_DEPTH: usize = 1000;

pub fn module() -> Value {
    super::native_module(
        "json",
        &[("dumps", dumps), ("loads", loads)],
        vec![(
            "JSONDecodeError",
            Value::Class(decode_error_class().clone()),
        )],
    )
}

/// `json.JSONDecodeError`, shared by every interpreter like a built-in class.
pub fn decode_error_class() -> &'static Obj<Class> {
    static C: OnceLock<Obj<Class>> = OnceLock::new();
    C.get_or_init(|| {
        super::exception_class("JSONDecodeError", "json.decoder", &types().value_error)
    })
}

// ---------------------------------------------------------------- encoding

struct Encoder {
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    check_circular: bool,
    default: Option<Value>,
    markers: Vec<usize>,
    out: String,
}

fn dumps(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity("dumps", args, 1, 1)?;
    let [skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent, separators, default, sort_keys] =
        take_kw(
            "dumps",
            kw,
            [
                "skipkeys",
                "ensure_ascii",
                "check_circular",
                "allow_nan",
                "cls",
                "indent",
                "separators",
                "default",
                "sort_keys",
            ],
        )?;
    let _ = cls;
    let flag = |vm: &mut Vm, v: &Option<Value>, d: bool| -> PyResult<bool> {
        match v {
            Some(v) => vm.truthy(v),
            None => Ok(d),
        }
    };
    let indent = match indent {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.as_str().to_string()),
        Some(v) => {
            let n = vm.index_value(&v)?;
            Some(" ".repeat(n.max(0) as usize))
        }
    };
    let (item_sep, key_sep) = match separators {
        None | Some(Value::None) => (
            if indent.is_some() { "," } else { ", " }.to_string(),
            ": ".to_string(),
        ),
        Some(s) => {
            let parts = vm.unpack(&s, 2)?;
            let a = vm.to_str(&parts[0])?;
            let b = vm.to_str(&parts[1])?;
            (a, b)
        }
    };
    let mut e = Encoder {
        indent,
        item_sep,
        key_sep,
        sort_keys: flag(vm, &sort_keys, false)?,
        skipkeys: flag(vm, &skipkeys, false)?,
        ensure_ascii: flag(vm, &ensure_ascii, true)?,
        allow_nan: flag(vm, &allow_nan, true)?,
        check_circular: flag(vm, &check_circular, true)?,
        default: default.filter(|d| !d.is_none()),
        markers: Vec::new(),
        out: String::new(),
    };
    e.encode(vm, &args[0], 0)?;
    Ok(Value::string(e.out))
}

impl Encoder {
    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn float(&self, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return Ok(crate::format::float_repr(f));
        }
        if !self.allow_nan {
            return Err(exc::value_error(
                "Out of range float values are not JSON compliant",
            ));
        }
        Ok(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        }
        .to_string())
    }

    fn enter(&mut self, v: &Value) -> PyResult<()> {
        if self.check_circular {
            let id = v.arc_ptr().unwrap_or(0);
            if self.markers.contains(&id) {
                return Err(exc::value_error("Circular reference detected"));
            }
            self.markers.push(id);
        }
        Ok(())
    }

    fn leave(&mut self) {
        if self.check_circular {
            self.markers.pop();
        }
    }

    fn encode(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        if level > MAX_DEPTH || vm.stack_remaining() < 128 * 1024 {
            return Err(PyErr::msg(
                &types().recursion_error,
                "maximum recursion depth exceeded while encoding a JSON object",
            ));
        }
        match v {
            Value::None => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if b.get() { "true" } else { "false" }),
            Value::Int(i) => {
                let _ = write!(self.out, "{}", i);
            }
            Value::BigInt(b) => {
                let _ = write!(self.out, "{}", b);
            }
            Value::Float(f) => {
                let s = self.float(f.get())?;
                self.out.push_str(&s);
            }
            Value::Str(s) => encode_str(&mut self.out, s.as_str(), self.ensure_ascii),
            Value::List(l) => {
                let items = l.snapshot();
                self.seq(vm, v, &items, level)?;
            }
            Value::Tuple(t) => {
                let items = t.items.to_vec();
                self.seq(vm, v, &items, level)?;
            }
            Value::Dict(d) => self.dict(vm, v, d, level)?,
            Value::Instance(_) => match vm.builtin_payload(v) {
                Some(p @ (Value::List(_) | Value::Tuple(_))) => {
                    let items = vm.collect(&p)?;
                    self.seq(vm, v, &items, level)?;
                }
                Some(Value::Dict(d)) => self.dict(vm, v, &d, level)?,
                Some(
                    p @ (Value::Int(_)
                    | Value::BigInt(_)
                    | Value::Float(_)
                    | Value::Str(_)
                    | Value::Bool(_)),
                ) => self.encode(vm, &p, level)?,
                _ => self.fallback(vm, v, level)?,
            },
            _ => self.fallback(vm, v, level)?,
        }
        Ok(())
    }

    fn fallback(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        let f = match &self.default {
            Some(f) => f.clone(),
            None => {
                return Err(exc::type_error(format!(
                    "Object of type {} is not JSON serializable",
                    type_name(v)
                )));
            }
        };
        self.enter(v)?;
        let r = vm.call(&f, std::slice::from_ref(v))?;
        self.encode(vm, &r, level)?;
        self.leave();
        Ok(())
    }

    fn seq(&mut self, vm: &mut Vm, v: &Value, items: &[Value], level: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.enter(v)?;
        self.out.push('[');
        self.newline(level + 1);
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                let sep = std::mem::take(&mut self.item_sep);
                self.out.push_str(&sep);
                self.item_sep = sep;
                self.newline(level + 1);
            }
            self.encode(vm, x, level + 1)?;
        }
        self.newline(level);
        self.out.push(']');
        self.leave();
        Ok(())
    }

    fn key(&self, vm: &mut Vm, k: &Value) -> PyResult<Option<String>> {
        Ok(Some(match k {
            Value::Str(s) => s.as_str().to_string(),
            Value::Float(f) => self.float(f.get())?,
            Value::Bool(b) => if b.get() { "true" } else { "false" }.to_string(),
            Value::None => "null".to_string(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            Value::Instance(_) => match vm.builtin_payload(k) {
                Some(p @ (Value::Str(_) | Value::Int(_) | Value::BigInt(_) | Value::Float(_))) => {
                    return self.key(vm, &p)
                }
                _ => return self.bad_key(k),
            },
            _ => return self.bad_key(k),
        }))
    }

    fn bad_key(&self, k: &Value) -> PyResult<Option<String>> {
        if self.skipkeys {
            return Ok(None);
        }
        Err(exc::type_error(format!(
            "keys must be str, int, float, bool or None, not {}",
            type_name(k)
        )))
    }

    fn dict(&mut self, vm: &mut Vm, v: &Value, d: &Dict, level: usize) -> PyResult<()> {
        let mut items = d.inner.lock().items();
        if items.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        self.enter(v)?;
        if self.sort_keys {
            let mut pairs: Vec<Value> = items
                .iter()
                .enumerate()
                .map(|(i, (k, _))| Value::tuple(vec![k.clone(), Value::Int(i as i64)]))
                .collect();
            crate::builtins::functions::sort_values(vm, &mut pairs, None, false)?;
            let old = std::mem::take(&mut items);
            for p in pairs {
                if let Value::Tuple(t) = p {
                    let i = t.items[1].as_i64().unwrap_or(0) as usize;
                    items.push(old[i].clone());
                }
            }
        }
        self.out.push('{');
        self.newline(level + 1);
        let mut first = true;
        for (k, val) in items {
            let key = match self.key(vm, &k)? {
                Some(s) => s,
                None => continue,
            };
            if !first {
                let sep = std::mem::take(&mut self.item_sep);
                self.out.push_str(&sep);
                self.item_sep = sep;
                self.newline(level + 1);
            }
            first = false;
            encode_str(&mut self.out, &key, self.ensure_ascii);
            let ks = std::mem::take(&mut self.key_sep);
            self.out.push_str(&ks);
            self.key_sep = ks;
            self.encode(vm, &val, level + 1)?;
        }
        self.newline(level);
        self.out.push('}');
        self.leave();
        Ok(())
    }
}

/// Appends `s` as a JSON string literal.
pub fn encode_str(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ensure_ascii && (c as u32) > 0x7e) => {
                let n = c as u32;
                if n >= 0x10000 {
                    let v = n - 0x10000;
                    let _ = write!(
                        out,
                        "\\u{:04x}\\u{:04x}",
                        0xd800 | (v >> 10),
                        0xdc00 | (v & 0x3ff)
                    );
                } else {
                    let _ = write!(out, "\\u{:04x}", n);
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

// ---------------------------------------------------------------- decoding

struct Decoder<'a> {
    s: &'a str,
    b: &'a [u8],
    doc: &'a Value,
    object_hook: Option<Value>,
    object_pairs_hook: Option<Value>,
    parse_float: Option<Value>,
    parse_int: Option<Value>,
    parse_constant: Option<Value>,
    strict: bool,
    /// Keys seen, reused so repeated keys share one str object.
    memo: hashbrown::HashMap<&'a str, Value>,
    depth: usize,
}

fn loads(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    arity("loads", args, 1, 1)?;
    let [cls, object_hook, parse_float, parse_int, parse_constant, object_pairs_hook, strict] =
        take_kw(
            "loads",
            kw,
            [
                "cls",
                "object_hook",
                "parse_float",
                "parse_int",
                "parse_constant",
                "object_pairs_hook",
                "strict",
            ],
        )?;
    let _ = cls;
    let doc = match &args[0] {
        Value::Str(_) => args[0].clone(),
        Value::Bytes(b) => match std::str::from_utf8(b) {
            Ok(s) => Value::str(s.strip_prefix('\u{feff}').unwrap_or(s)),
            Err(_) => {
                return Err(exc::unicode_decode_error(
                    "'utf-8' codec can't decode bytes",
                ))
            }
        },
        Value::Instance(_) if matches!(vm.builtin_payload(&args[0]), Some(Value::Str(_))) => {
            vm.builtin_payload(&args[0]).unwrap_or(Value::None)
        }
        other => {
            return Err(exc::type_error(format!(
                "the JSON object must be str, bytes or bytearray, not {}",
                type_name(other)
            )))
        }
    };
    let s = doc.as_str().unwrap_or("");
    let strict = match strict {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let some = |v: Option<Value>| v.filter(|v| !v.is_none());
    let mut d = Decoder {
        s,
        b: s.as_bytes(),
        doc: &doc,
        object_hook: some(object_hook),
        object_pairs_hook: some(object_pairs_hook),
        parse_float: some(parse_float),
        parse_int: some(parse_int),
        parse_constant: some(parse_constant),
        strict,
        memo: hashbrown::HashMap::new(),
        depth: 0,
    };
    if s.starts_with('\u{feff}') {
        return Err(d.error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0));
    }
    let start = d.ws(0);
    let (v, end) = match d.value(vm, start)? {
        Some(r) => r,
        None => return Err(d.error("Expecting value", start)),
    };
    let end = d.ws(end);
    if end != d.b.len() {
        return Err(d.error("Extra data", end));
    }
    Ok(v)
}

/// Builds a JSONDecodeError for `msg` at character index `pos` of `doc`.
pub fn decode_error(msg: &str, doc: &Value, pos: usize) -> PyErr {
    let text = doc.as_str().unwrap_or("");
    let before: Vec<char> = text.chars().take(pos).collect();
    let lineno = before.iter().filter(|&&c| c == '\n').count() + 1;
    let colno = match before.iter().rposition(|&c| c == '\n') {
        Some(i) => pos - i,
        None => pos + 1,
    };
    let full = format!("{}: line {} column {} (char {})", msg, lineno, colno, pos);
    let err = PyErr::msg(decode_error_class(), full);
    let set = |n: &str, v: Value| err.exc.set_attr(crate::intern::intern(n), v);
    set("msg", Value::str(msg));
    set("doc", doc.clone());
    set("pos", Value::Int(pos as i64));
    set("lineno", Value::Int(lineno as i64));
    set("colno", Value::Int(colno as i64));
    err
}

type Parsed = PyResult<Option<(Value, usize)>>;

impl<'a> Decoder<'a> {
    /// Error at byte offset `at`.
    #[cold]
    fn error(&self, msg: &str, at: usize) -> PyErr {
        let at = at.min(self.b.len());
        let pos = if self.s.is_ascii() {
            at
        } else {
            self.s[..at].chars().count()
        };
        decode_error(msg, self.doc, pos)
    }

    fn ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && matches!(self.b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    /// A value starting at `i` (no leading whitespace); None: "Expecting value".
    fn value(&mut self, vm: &mut Vm, i: usize) -> Parsed {
        let b = self.b;
        let c = match b.get(i) {
            Some(&c) => c,
            None => return Ok(None),
        };
        let lit = |w: &str| b[i..].starts_with(w.as_bytes());
        match c {
            b'"' => {
                let (s, end) = self.string(i + 1)?;
                Ok(Some((Value::string(s), end)))
            }
            b'{' => self.nested(vm, i, true),
            b'[' => self.nested(vm, i, false),
            b'n' if lit("null") => Ok(Some((Value::None, i + 4))),
            b't' if lit("true") => Ok(Some((Value::bool(true), i + 4))),
            b'f' if lit("false") => Ok(Some((Value::bool(false), i + 5))),
            b'N' if lit("NaN") => self.constant(vm, "NaN", f64::NAN, i),
            b'I' if lit("Infinity") => self.constant(vm, "Infinity", f64::INFINITY, i),
            b'-' if lit("-Infinity") => self.constant(vm, "-Infinity", f64::NEG_INFINITY, i),
            b'-' | b'0'..=b'9' => self.number(vm, i),
            _ => Ok(None),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, f: f64, i: usize) -> Parsed {
        let v = match &self.parse_constant {
            Some(pc) => vm.call(&pc.clone(), &[Value::str(name)])?,
            None => Value::float(f),
        };
        Ok(Some((v, i + name.len())))
    }

    fn nested(&mut self, vm: &mut Vm, i: usize, obj: bool) -> Parsed {
        self.depth += 1;
        if self.depth > MAX_DEPTH || vm.stack_remaining() < 128 * 1024 {
            return Err(PyErr::msg(
                &types().recursion_error,
                format!(
                    "maximum recursion depth exceeded while decoding a JSON {} from a unicode string",
                    if obj { "object" } else { "array" }
                ),
            ));
        }
        let r = if obj {
            self.object(vm, i + 1)
        } else {
            self.array(vm, i + 1)
        };
        self.depth -= 1;
        r.map(Some)
    }

    fn array(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let mut items = Vec::new();
        let mut i = self.ws(start);
        if self.b.get(i) == Some(&b']') {
            return Ok((Value::list(items), i + 1));
        }
        loop {
            let (v, end) = match self.value(vm, i)? {
                Some(r) => r,
                None => return Err(self.error("Expecting value", i)),
            };
            items.push(v);
            i = self.ws(end);
            match self.b.get(i) {
                Some(b']') => return Ok((Value::list(items), i + 1)),
                Some(b',') => {}
                _ => return Err(self.error("Expecting ',' delimiter", i)),
            }
            i = self.ws(i + 1);
        }
    }

    fn object(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let mut pairs: Vec<(Value, Value)> = Vec::new();
        let mut i = self.ws(start);
        let end;
        if self.b.get(i) == Some(&b'}') {
            end = i + 1;
        } else {
            loop {
                if self.b.get(i) != Some(&b'"') {
                    return Err(self.error("Expecting property name enclosed in double quotes", i));
                }
                let (k, after) = self.string(i + 1)?;
                let key = match self.memo.get(&self.s[i + 1..after - 1]) {
                    Some(v) if !k.contains('\\') => v.clone(),
                    _ => {
                        let v = Value::string(k);
                        self.memo.insert(&self.s[i + 1..after - 1], v.clone());
                        v
                    }
                };
                i = self.ws(after);
                if self.b.get(i) != Some(&b':') {
                    return Err(self.error("Expecting ':' delimiter", i));
                }
                i = self.ws(i + 1);
                let (v, after) = match self.value(vm, i)? {
                    Some(r) => r,
                    None => return Err(self.error("Expecting value", i)),
                };
                pairs.push((key, v));
                i = self.ws(after);
                match self.b.get(i) {
                    Some(b'}') => {
                        end = i + 1;
                        break;
                    }
                    Some(b',') => {}
                    _ => return Err(self.error("Expecting ',' delimiter", i)),
                }
                i = self.ws(i + 1);
            }
        }
        if let Some(h) = self.object_pairs_hook.clone() {
            let list = Value::list(
                pairs
                    .into_iter()
                    .map(|(k, v)| Value::tuple(vec![k, v]))
                    .collect(),
            );
            return Ok((vm.call(&h, &[list])?, end));
        }
        let d = Dict::new();
        for (k, v) in pairs {
            d.set_native(k, v);
        }
        let d = Value::Dict(Obj::new(d));
        if let Some(h) = self.object_hook.clone() {
            return Ok((vm.call(&h, &[d])?, end));
        }
        Ok((d, end))
    }

    /// The body of a string starting after its opening quote at `start`;
    /// returns the text and the index after the closing quote.
    fn string(&self, start: usize) -> PyResult<(String, usize)> {
        let b = self.b;
        let mut out = String::new();
        let mut i = start;
        loop {
            let run = i;
            while i < b.len() && b[i] != b'"' && b[i] != b'\\' && (b[i] >= 0x20 || !self.strict) {
                i += 1;
            }
            out.push_str(&self.s[run..i]);
            match b.get(i) {
                None => return Err(self.error("Unterminated string starting at", start - 1)),
                Some(b'"') => return Ok((out, i + 1)),
                Some(b'\\') => {
                    let esc = match b.get(i + 1) {
                        Some(&e) => e,
                        None => {
                            return Err(self.error("Unterminated string starting at", start - 1))
                        }
                    };
                    i += 2;
                    match esc {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hi = self.hex4(i)?;
                            i += 4;
                            let mut cp = hi;
                            if (0xd800..0xdc00).contains(&hi)
                                && b.get(i) == Some(&b'\\')
                                && b.get(i + 1) == Some(&b'u')
                            {
                                let lo = self.hex4(i + 2)?;
                                if (0xdc00..0xe000).contains(&lo) {
                                    cp = 0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00);
                                    i += 6;
                                }
                            }
                            // Lone surrogates cannot live in a Rust string.
                            out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                        }
                        _ => return Err(self.error("Invalid \\escape", i - 2)),
                    }
                }
                Some(_) => return Err(self.error("Invalid control character at", i)),
            }
        }
    }

    fn hex4(&self, i: usize) -> PyResult<u32> {
        let h = self
            .b
            .get(i..i + 4)
            .and_then(|h| std::str::from_utf8(h).ok());
        match h {
            Some(h) if h.bytes().all(|c| c.is_ascii_hexdigit()) => {
                Ok(u32::from_str_radix(h, 16).unwrap_or(0))
            }
            _ => Err(self.error("Invalid \\uXXXX escape", i - 1)),
        }
    }

    fn number(&mut self, vm: &mut Vm, start: usize) -> Parsed {
        let b = self.b;
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        match b.get(i) {
            Some(b'0') => i += 1,
            Some(b'1'..=b'9') => {
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
            }
            _ => return Ok(None),
        }
        let mut is_float = false;
        if b.get(i) == Some(&b'.') && b.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            is_float = true;
            i += 1;
            while i < b.len() && b[i].is_ascii_digit() {
                i += 1;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if b.get(j).is_some_and(|c| c.is_ascii_digit()) {
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                is_float = true;
                i = j;
            }
        }
        let text = &self.s[start..i];
        let v = if is_float {
            match &self.parse_float {
                Some(f) => vm.call(&f.clone(), &[Value::str(text)])?,
                None => Value::float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.parse_int {
                Some(f) => vm.call(&f.clone(), &[Value::str(text)])?,
                None => match text.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::from_bigint(text.parse::<BigInt>().unwrap_or_default()),
                },
            }
        };
        Ok(Some((v, i)))
    }
}
