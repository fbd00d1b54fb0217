//! `re`: regular expressions with Python's syntax and semantics
//! (backreferences, look-around, lazy and possessive quantifiers, named
//! groups), on a backtracking engine of our own:
//! `parse` (pattern → tree), `compile` (tree → program), `exec` (matcher).
//! This file is the script-visible API: module functions, `re.Pattern`,
//! `re.Match`, replacement templates and `re.error`.

mod compile;
mod exec;
mod parse;

use crate::object::Obj;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use parking_lot::Mutex;

use crate::builtins::args::{arity, take_kw};
use crate::exc::{self, PyErr};
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::{Class, Dict, NativeObj};
use crate::types::{type_name, types};
use crate::value::Value;
use crate::PyResult;

use exec::Matcher;

/// A compiled pattern.
pub struct Regex {
    pattern: Value,
    flags: u32,
    prog: compile::Program,
    groups: usize,
    names: Vec<(String, usize)>,
}

/// A successful match.
struct MatchData {
    re: Value,
    string: Value,
    text: Arc<Vec<char>>,
    slots: Vec<Option<usize>>,
    pos: usize,
    endpos: usize,
}

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let consts: Vec<(&str, Value)> = vec![
        ("error", Value::Class(error_class().clone())),
        ("Pattern", Value::Class(pattern_class().clone())),
        ("Match", Value::Class(match_class().clone())),
    ];
    super::prelude_module(
        vm,
        "re",
        include_str!("../prelude/re.py"),
        &[
            ("compile", re_compile),
            ("search", re_search),
            ("match", re_match),
            ("fullmatch", re_fullmatch),
            ("findall", re_findall),
            ("finditer", re_finditer),
            ("sub", re_sub),
            ("subn", re_subn),
            ("split", re_split),
            ("escape", re_escape),
            ("purge", re_purge),
        ],
        consts,
    )
}

// ---------------------------------------------------------------- classes

/// `re.error`.
pub fn error_class() -> &'static Obj<Class> {
    static C: OnceLock<Obj<Class>> = OnceLock::new();
    C.get_or_init(|| super::exception_class("error", "re", &types().exception))
}

fn pattern_class() -> &'static Obj<Class> {
    static C: OnceLock<Obj<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = crate::builtins::native_class("Pattern", "re");
        crate::builtins::add_methods(
            &c,
            "Pattern",
            &[
                ("search", p_search),
                ("match", p_match),
                ("fullmatch", p_fullmatch),
                ("findall", p_findall),
                ("finditer", p_finditer),
                ("sub", p_sub),
                ("subn", p_subn),
                ("split", p_split),
                ("__repr__", p_repr),
            ],
        );
        let props: &[(&str, crate::object::BuiltinFn)] = &[
            ("pattern", p_pattern),
            ("flags", p_flags),
            ("groups", p_groups),
            ("groupindex", p_groupindex),
        ];
        for (n, f) in props {
            c.set_attr(crate::intern::intern(n), super::property(n, *f));
        }
        c
    })
}

fn match_class() -> &'static Obj<Class> {
    static C: OnceLock<Obj<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = crate::builtins::native_class("Match", "re");
        crate::builtins::add_methods(
            &c,
            "Match",
            &[
                ("group", m_group),
                ("groups", m_groups),
                ("groupdict", m_groupdict),
                ("start", m_start),
                ("end", m_end),
                ("span", m_span),
                ("expand", m_expand),
                ("__getitem__", m_getitem),
                ("__repr__", m_repr),
            ],
        );
        let props: &[(&str, crate::object::BuiltinFn)] = &[
            ("string", m_string),
            ("re", m_re),
            ("pos", m_pos),
            ("endpos", m_endpos),
            ("lastindex", m_lastindex),
            ("lastgroup", m_lastgroup),
        ];
        for (n, f) in props {
            c.set_attr(crate::intern::intern(n), super::property(n, *f));
        }
        c
    })
}

#[cold]
fn re_error(msg: &str, pattern: &Value, pos: Option<usize>) -> PyErr {
    let text = match pos {
        Some(p) => format!("{} at position {}", msg, p),
        None => msg.to_string(),
    };
    let e = PyErr::msg(error_class(), text);
    let set = |n: &str, v: Value| e.exc.set_attr(crate::intern::intern(n), v);
    set("msg", Value::str(msg));
    set("pattern", pattern.clone());
    set("pos", pos.map_or(Value::None, |p| Value::Int(p as i64)));
    e
}

// ---------------------------------------------------------------- compiling

fn cache() -> &'static Mutex<HashMap<(String, u32), Arc<Regex>>> {
    type Cache = Mutex<HashMap<(String, u32), Arc<Regex>>>;
    static C: OnceLock<Cache> = OnceLock::new();
    C.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Compiles a pattern string (cached, like CPython's `re._cache`).
fn compile_str(pattern: &Value, flags: u32) -> PyResult<Arc<Regex>> {
    let src = match pattern {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(_) => return Err(exc::type_error("bytes patterns are not supported")),
        other => {
            return Err(exc::type_error(format!(
                "first argument must be string or compiled pattern, not {}",
                type_name(other)
            )))
        }
    };
    let key = (src, flags);
    if let Some(r) = cache().lock().get(&key) {
        return Ok(r.clone());
    }
    let parsed = parse::parse(&key.0, flags).map_err(|e| {
        if e.msg == parse::TOO_DEEP {
            exc::recursion_error()
        } else {
            re_error(&e.msg, pattern, e.pos)
        }
    })?;
    let prog = compile::compile(&parsed.node);
    let mut fl = parsed.flags;
    if fl & parse::ASCII == 0 {
        fl |= parse::UNICODE;
    }
    let r = Arc::new(Regex {
        pattern: pattern.clone(),
        flags: fl,
        prog,
        groups: parsed.groups,
        names: parsed.names,
    });
    let mut c = cache().lock();
    if c.len() >= 512 {
        c.clear();
    }
    c.insert(key, r.clone());
    Ok(r)
}

fn regex_of(v: &Value) -> Option<Arc<Regex>> {
    match v {
        Value::Native(n) => n.data.downcast_ref::<Arc<Regex>>().cloned(),
        _ => None,
    }
}

fn pattern_value(r: Arc<Regex>) -> Value {
    Value::Native(Obj::new(NativeObj {
        class: pattern_class().clone(),
        data: Box::new(r),
    }))
}

fn flags_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<u32> {
    match v {
        None => Ok(0),
        Some(v) => Ok(vm.index_value(v)? as u32),
    }
}

/// `(pattern value, regex)` from a str or a compiled pattern.
fn get_pattern(vm: &mut Vm, p: &Value, flags: Option<&Value>) -> PyResult<(Value, Arc<Regex>)> {
    let f = flags_arg(vm, flags)?;
    if let Some(r) = regex_of(p) {
        if f != 0 {
            return Err(exc::value_error(
                "cannot process flags argument with a compiled pattern",
            ));
        }
        return Ok((p.clone(), r));
    }
    let r = compile_str(p, f)?;
    Ok((pattern_value(r.clone()), r))
}

fn text_arg(vm: &mut Vm, v: &Value) -> PyResult<(Value, Arc<Vec<char>>)> {
    match v {
        Value::Str(s) => Ok((v.clone(), Arc::new(s.as_str().chars().collect()))),
        Value::Instance(_) => match vm.builtin_payload(v) {
            Some(Value::Str(s)) => Ok((v.clone(), Arc::new(s.as_str().chars().collect()))),
            _ => Err(exc::type_error(format!(
                "expected string or bytes-like object, got '{}'",
                type_name(v)
            ))),
        },
        Value::Bytes(_) => Err(exc::type_error(
            "cannot use a string pattern on a bytes-like object",
        )),
        other => Err(exc::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            type_name(other)
        ))),
    }
}

// ---------------------------------------------------------------- matching

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Search,
    Match,
    Full,
}

fn clamp_range(
    vm: &mut Vm,
    n: usize,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<(usize, usize)> {
    let norm = |i: i64| -> usize {
        if i < 0 {
            0
        } else {
            (i as usize).min(n)
        }
    };
    let p = match pos {
        Some(v) if !v.is_none() => norm(vm.index_value(v)?),
        _ => 0,
    };
    let e = match endpos {
        Some(v) if !v.is_none() => norm(vm.index_value(v)?),
        _ => n,
    };
    Ok((p, e))
}

fn do_match(
    re_val: &Value,
    r: &Arc<Regex>,
    string: Value,
    text: Arc<Vec<char>>,
    pos: usize,
    endpos: usize,
    mode: Mode,
) -> PyResult {
    let mut slots = vec![None; 2 * (r.groups + 1)];
    let found = if pos > endpos {
        false
    } else {
        let mut m = Matcher::new(&r.prog, &text[..endpos]);
        m.full = mode == Mode::Full;
        m.search(pos, mode != Mode::Search, &mut slots)
    };
    if !found {
        return Ok(Value::None);
    }
    Ok(match_value(MatchData {
        re: re_val.clone(),
        string,
        text,
        slots,
        pos,
        endpos,
    }))
}

fn match_value(d: MatchData) -> Value {
    Value::Native(Obj::new(NativeObj {
        class: match_class().clone(),
        data: Box::new(d),
    }))
}

/// Calls `f(slots)` for each successive match (CPython's iteration rules
/// for empty matches), at most `limit` times when nonzero.
fn each_match(
    r: &Regex,
    text: &[char],
    pos: usize,
    endpos: usize,
    limit: usize,
    mut f: impl FnMut(&[Option<usize>]) -> PyResult<()>,
) -> PyResult<()> {
    if pos > endpos {
        return Ok(());
    }
    let mut m = Matcher::new(&r.prog, &text[..endpos]);
    let mut slots = vec![None; 2 * (r.groups + 1)];
    let mut at = pos;
    let mut n = 0;
    while at <= endpos {
        if !m.search(at, false, &mut slots) {
            break;
        }
        f(&slots)?;
        n += 1;
        let (b, e) = (slots[0].unwrap_or(at), slots[1].unwrap_or(at));
        m.must_advance = e == b;
        at = e;
        if limit != 0 && n >= limit {
            break;
        }
    }
    Ok(())
}

fn substr(text: &[char], a: usize, b: usize) -> Value {
    Value::string(text[a..b].iter().collect())
}

fn group_value(text: &[char], slots: &[Option<usize>], g: usize, default: &Value) -> Value {
    match (slots[2 * g], slots[2 * g + 1]) {
        (Some(a), Some(b)) if b >= a => substr(text, a, b),
        _ => default.clone(),
    }
}

fn findall_impl(r: &Regex, text: &[char], pos: usize, endpos: usize) -> PyResult {
    let mut out = Vec::new();
    let empty = Value::str("");
    each_match(r, text, pos, endpos, 0, |s| {
        out.push(match r.groups {
            0 => group_value(text, s, 0, &empty),
            1 => group_value(text, s, 1, &empty),
            n => Value::tuple((1..=n).map(|g| group_value(text, s, g, &empty)).collect()),
        });
        Ok(())
    })?;
    Ok(Value::list(out))
}

fn finditer_impl(
    re_val: &Value,
    r: &Arc<Regex>,
    string: Value,
    text: Arc<Vec<char>>,
    pos: usize,
    endpos: usize,
) -> PyResult {
    let mut out = Vec::new();
    each_match(r, &text, pos, endpos, 0, |s| {
        out.push(match_value(MatchData {
            re: re_val.clone(),
            string: string.clone(),
            text: text.clone(),
            slots: s.to_vec(),
            pos,
            endpos,
        }));
        Ok(())
    })?;
    Ok(Vm::values_iter(out))
}

fn split_impl(r: &Regex, text: &[char], maxsplit: i64) -> PyResult {
    if maxsplit < 0 {
        return Ok(Value::list(vec![substr(text, 0, text.len())]));
    }
    let mut out = Vec::new();
    let mut last = 0;
    each_match(r, text, 0, text.len(), maxsplit as usize, |s| {
        let (b, e) = (s[0].unwrap_or(0), s[1].unwrap_or(0));
        out.push(substr(text, last, b));
        for g in 1..=r.groups {
            out.push(group_value(text, s, g, &Value::None));
        }
        last = e;
        Ok(())
    })?;
    out.push(substr(text, last, text.len()));
    Ok(Value::list(out))
}

/// A parsed replacement template.
enum Piece {
    Lit(String),
    Group(usize),
}

fn parse_template(r: &Regex, t: &str, pattern: &Value) -> PyResult<Vec<Piece>> {
    let cs: Vec<char> = t.chars().collect();
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let bad = |msg: String, pos: usize| re_error(&msg, pattern, Some(pos));
    let _ = pattern;
    while i < cs.len() {
        let c = cs[i];
        if c != '\\' {
            lit.push(c);
            i += 1;
            continue;
        }
        let st = i;
        i += 1;
        let e = match cs.get(i) {
            Some(&e) => e,
            None => return Err(bad("bad escape (end of pattern)".into(), st)),
        };
        i += 1;
        let mut group = None;
        match e {
            'g' => {
                if cs.get(i) != Some(&'<') {
                    return Err(bad("missing <".into(), i));
                }
                let ns = i + 1;
                let mut j = ns;
                while j < cs.len() && cs[j] != '>' {
                    j += 1;
                }
                if j >= cs.len() {
                    return Err(bad("missing >, unterminated name".into(), ns));
                }
                let name: String = cs[ns..j].iter().collect();
                if name.is_empty() {
                    return Err(bad("missing group name".into(), ns));
                }
                i = j + 1;
                let g = if name.chars().all(|c| c.is_ascii_digit()) {
                    let g: usize = name.parse().unwrap_or(usize::MAX);
                    if g > r.groups {
                        return Err(bad(format!("invalid group reference {}", name), ns));
                    }
                    g
                } else {
                    match r.names.iter().find(|(k, _)| *k == name) {
                        Some((_, g)) => *g,
                        None => {
                            let ok = name
                                .chars()
                                .next()
                                .is_some_and(|c| c == '_' || c.is_alphabetic())
                                && name.chars().all(|c| c == '_' || c.is_alphanumeric());
                            if !ok {
                                return Err(bad(
                                    format!("bad character in group name '{}'", name),
                                    ns,
                                ));
                            }
                            return Err(exc::index_error(format!("unknown group name '{}'", name)));
                        }
                    }
                };
                group = Some(g);
            }
            '0' => {
                let mut v = 0u32;
                let mut n = 0;
                while n < 2 && cs.get(i).is_some_and(|c| ('0'..='7').contains(c)) {
                    v = v * 8 + cs[i].to_digit(8).unwrap_or(0);
                    i += 1;
                    n += 1;
                }
                lit.push(char::from_u32(v).unwrap_or('\0'));
            }
            '1'..='9' => {
                let mut g = e.to_digit(10).unwrap_or(0) as usize;
                if let Some(&d) = cs.get(i) {
                    if d.is_ascii_digit() {
                        // Three octal digits form an escape, else two digits a group.
                        if e <= '7'
                            && d <= '7'
                            && cs.get(i + 1).is_some_and(|c| ('0'..='7').contains(c))
                        {
                            let v = e.to_digit(8).unwrap_or(0) * 64
                                + d.to_digit(8).unwrap_or(0) * 8
                                + cs[i + 1].to_digit(8).unwrap_or(0);
                            if v > 0o377 {
                                return Err(bad(
                                    format!(
                                        "octal escape value \\{}{}{} outside of range 0-0o377",
                                        e,
                                        d,
                                        cs[i + 1]
                                    ),
                                    st,
                                ));
                            }
                            lit.push(char::from_u32(v).unwrap_or('\0'));
                            i += 2;
                            continue;
                        }
                        g = g * 10 + d.to_digit(10).unwrap_or(0) as usize;
                        i += 1;
                    }
                }
                if g > r.groups {
                    return Err(bad(format!("invalid group reference {}", g), st + 1));
                }
                group = Some(g);
            }
            'n' => lit.push('\n'),
            't' => lit.push('\t'),
            'r' => lit.push('\r'),
            'f' => lit.push('\u{c}'),
            'v' => lit.push('\u{b}'),
            'a' => lit.push('\u{7}'),
            'b' => lit.push('\u{8}'),
            '\\' => lit.push('\\'),
            c if c.is_ascii_alphabetic() => return Err(bad(format!("bad escape \\{}", c), st)),
            c => {
                lit.push('\\');
                lit.push(c);
            }
        }
        if let Some(g) = group {
            if !lit.is_empty() {
                out.push(Piece::Lit(std::mem::take(&mut lit)));
            }
            out.push(Piece::Group(g));
        }
    }
    if !lit.is_empty() {
        out.push(Piece::Lit(lit));
    }
    Ok(out)
}

fn expand(pieces: &[Piece], text: &[char], slots: &[Option<usize>], out: &mut String) {
    for p in pieces {
        match p {
            Piece::Lit(s) => out.push_str(s),
            Piece::Group(g) => {
                if let (Some(a), Some(b)) = (slots[2 * g], slots[2 * g + 1]) {
                    out.extend(&text[a..b]);
                }
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn sub_impl(
    vm: &mut Vm,
    re_val: &Value,
    r: &Arc<Regex>,
    repl: &Value,
    string: Value,
    text: Arc<Vec<char>>,
    count: i64,
    with_n: bool,
) -> PyResult {
    let template = match repl {
        Value::Str(s) => Some(if s.as_str().contains('\\') {
            parse_template(r, s.as_str(), &r.pattern)?
        } else {
            vec![Piece::Lit(s.as_str().to_string())]
        }),
        _ => None,
    };
    if template.is_none()
        && !matches!(
            repl,
            Value::Function(_)
                | Value::Builtin(_)
                | Value::Method(_)
                | Value::Class(_)
                | Value::Instance(_)
                | Value::Native(_)
        )
    {
        return Err(exc::type_error(format!(
            "expected str instance, {} found",
            type_name(repl)
        )));
    }
    let mut out = String::new();
    let mut last = 0;
    let mut n = 0i64;
    if count >= 0 {
        // Collect matches first: the callback may run script code.
        let mut found: Vec<Vec<Option<usize>>> = Vec::new();
        each_match(r, &text, 0, text.len(), count as usize, |s| {
            found.push(s.to_vec());
            Ok(())
        })?;
        for s in found {
            let (b, e) = (s[0].unwrap_or(0), s[1].unwrap_or(0));
            out.extend(&text[last..b]);
            match &template {
                Some(t) => expand(t, &text, &s, &mut out),
                None => {
                    let m = match_value(MatchData {
                        re: re_val.clone(),
                        string: string.clone(),
                        text: text.clone(),
                        slots: s.clone(),
                        pos: 0,
                        endpos: text.len(),
                    });
                    let rv = vm.call(repl, &[m])?;
                    match &rv {
                        Value::Str(x) => out.push_str(x.as_str()),
                        other => {
                            return Err(exc::type_error(format!(
                                "expected str instance, {} found",
                                type_name(other)
                            )))
                        }
                    }
                }
            }
            last = e;
            n += 1;
        }
    }
    out.extend(&text[last..]);
    let s = Value::string(out);
    Ok(if with_n {
        Value::tuple(vec![s, Value::Int(n)])
    } else {
        s
    })
}

// ---------------------------------------------------------------- module functions

fn re_compile(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [p, f] = take_kw("compile", kw, ["pattern", "flags"])?;
    arity("compile", args, 0, 2)?;
    let p =
        args.first().cloned().or(p).ok_or_else(|| {
            exc::type_error("compile() missing required argument 'pattern' (pos 1)")
        })?;
    let f = args.get(1).cloned().or(f);
    Ok(get_pattern(vm, &p, f.as_ref())?.0)
}

fn module_match(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs, mode: Mode) -> PyResult {
    let [p, s, f] = take_kw(name, kw, ["pattern", "string", "flags"])?;
    arity(name, args, 0, 3)?;
    let p = args
        .first()
        .cloned()
        .or(p)
        .ok_or_else(|| missing(name, "pattern", 1))?;
    let s = args
        .get(1)
        .cloned()
        .or(s)
        .ok_or_else(|| missing(name, "string", 2))?;
    let f = args.get(2).cloned().or(f);
    let (pv, r) = get_pattern(vm, &p, f.as_ref())?;
    let (sv, text) = text_arg(vm, &s)?;
    let n = text.len();
    do_match(&pv, &r, sv, text, 0, n, mode)
}

fn missing(fname: &str, arg: &str, pos: usize) -> PyErr {
    exc::type_error(format!(
        "{}() missing required argument '{}' (pos {})",
        fname, arg, pos
    ))
}

fn re_search(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    module_match(vm, "search", args, kw, Mode::Search)
}

fn re_match(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    module_match(vm, "match", args, kw, Mode::Match)
}

fn re_fullmatch(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    module_match(vm, "fullmatch", args, kw, Mode::Full)
}

fn re_findall(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [p, s, f] = take_kw("findall", kw, ["pattern", "string", "flags"])?;
    arity("findall", args, 0, 3)?;
    let p = args
        .first()
        .cloned()
        .or(p)
        .ok_or_else(|| missing("findall", "pattern", 1))?;
    let s = args
        .get(1)
        .cloned()
        .or(s)
        .ok_or_else(|| missing("findall", "string", 2))?;
    let f = args.get(2).cloned().or(f);
    let (_, r) = get_pattern(vm, &p, f.as_ref())?;
    let (_, text) = text_arg(vm, &s)?;
    findall_impl(&r, &text, 0, text.len())
}

fn re_finditer(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [p, s, f] = take_kw("finditer", kw, ["pattern", "string", "flags"])?;
    arity("finditer", args, 0, 3)?;
    let p = args
        .first()
        .cloned()
        .or(p)
        .ok_or_else(|| missing("finditer", "pattern", 1))?;
    let s = args
        .get(1)
        .cloned()
        .or(s)
        .ok_or_else(|| missing("finditer", "string", 2))?;
    let f = args.get(2).cloned().or(f);
    let (pv, r) = get_pattern(vm, &p, f.as_ref())?;
    let (sv, text) = text_arg(vm, &s)?;
    let n = text.len();
    finditer_impl(&pv, &r, sv, text, 0, n)
}

fn module_sub(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs, with_n: bool) -> PyResult {
    let [p, repl, s, c, f] = take_kw(name, kw, ["pattern", "repl", "string", "count", "flags"])?;
    arity(name, args, 0, 5)?;
    let p = args
        .first()
        .cloned()
        .or(p)
        .ok_or_else(|| missing(name, "pattern", 1))?;
    let repl = args
        .get(1)
        .cloned()
        .or(repl)
        .ok_or_else(|| missing(name, "repl", 2))?;
    let s = args
        .get(2)
        .cloned()
        .or(s)
        .ok_or_else(|| missing(name, "string", 3))?;
    let count = match args.get(3).cloned().or(c) {
        Some(v) => vm.index_value(&v)?,
        None => 0,
    };
    let f = args.get(4).cloned().or(f);
    let (pv, r) = get_pattern(vm, &p, f.as_ref())?;
    let (sv, text) = text_arg(vm, &s)?;
    sub_impl(vm, &pv, &r, &repl, sv, text, count, with_n)
}

fn re_sub(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    module_sub(vm, "sub", args, kw, false)
}

fn re_subn(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    module_sub(vm, "subn", args, kw, true)
}

fn re_split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [p, s, m, f] = take_kw("split", kw, ["pattern", "string", "maxsplit", "flags"])?;
    arity("split", args, 0, 4)?;
    let p = args
        .first()
        .cloned()
        .or(p)
        .ok_or_else(|| missing("split", "pattern", 1))?;
    let s = args
        .get(1)
        .cloned()
        .or(s)
        .ok_or_else(|| missing("split", "string", 2))?;
    let maxsplit = match args.get(2).cloned().or(m) {
        Some(v) => vm.index_value(&v)?,
        None => 0,
    };
    let f = args.get(3).cloned().or(f);
    let (_, r) = get_pattern(vm, &p, f.as_ref())?;
    let (_, text) = text_arg(vm, &s)?;
    split_impl(&r, &text, maxsplit)
}

fn re_escape(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("escape", args, 1, 1)?;
    let s = match &args[0] {
        Value::Str(s) => s.as_str(),
        other => {
            return Err(exc::type_error(format!(
                "expected str, got {}",
                type_name(other)
            )))
        }
    };
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\u{b}\u{c}".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    Ok(Value::string(out))
}

fn re_purge(_vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    cache().lock().clear();
    Ok(Value::None)
}

// ---------------------------------------------------------------- Pattern methods

fn this_pattern(args: &[Value], name: &str) -> PyResult<Arc<Regex>> {
    args.first().and_then(regex_of).ok_or_else(|| {
        exc::type_error(format!(
            "descriptor '{}' for 're.Pattern' objects doesn't apply to a '{}' object",
            name,
            args.first().map(type_name).unwrap_or_default()
        ))
    })
}

fn p_match_mode(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs, mode: Mode) -> PyResult {
    let r = this_pattern(args, name)?;
    let [s, pos, endpos] = take_kw(name, kw, ["string", "pos", "endpos"])?;
    crate::builtins::args::method_arity(name, args, 0, 3)?;
    let s = args
        .get(1)
        .cloned()
        .or(s)
        .ok_or_else(|| missing(name, "string", 1))?;
    let pos = args.get(2).cloned().or(pos);
    let endpos = args.get(3).cloned().or(endpos);
    let (sv, text) = text_arg(vm, &s)?;
    let (p, e) = clamp_range(vm, text.len(), pos.as_ref(), endpos.as_ref())?;
    do_match(&args[0], &r, sv, text, p, e, mode)
}

fn p_search(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    p_match_mode(vm, "search", args, kw, Mode::Search)
}

fn p_match(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    p_match_mode(vm, "match", args, kw, Mode::Match)
}

fn p_fullmatch(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    p_match_mode(vm, "fullmatch", args, kw, Mode::Full)
}

fn p_findall(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let r = this_pattern(args, "findall")?;
    let [s, pos, endpos] = take_kw("findall", kw, ["string", "pos", "endpos"])?;
    let s = args
        .get(1)
        .cloned()
        .or(s)
        .ok_or_else(|| missing("findall", "string", 1))?;
    let pos = args.get(2).cloned().or(pos);
    let endpos = args.get(3).cloned().or(endpos);
    let (_, text) = text_arg(vm, &s)?;
    let (p, e) = clamp_range(vm, text.len(), pos.as_ref(), endpos.as_ref())?;
    findall_impl(&r, &text, p, e)
}

fn p_finditer(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let r = this_pattern(args, "finditer")?;
    let [s, pos, endpos] = take_kw("finditer", kw, ["string", "pos", "endpos"])?;
    let s = args
        .get(1)
        .cloned()
        .or(s)
        .ok_or_else(|| missing("finditer", "string", 1))?;
    let pos = args.get(2).cloned().or(pos);
    let endpos = args.get(3).cloned().or(endpos);
    let (sv, text) = text_arg(vm, &s)?;
    let (p, e) = clamp_range(vm, text.len(), pos.as_ref(), endpos.as_ref())?;
    finditer_impl(&args[0], &r, sv, text, p, e)
}

fn p_sub_impl(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs, with_n: bool) -> PyResult {
    let r = this_pattern(args, name)?;
    let [repl, s, c] = take_kw(name, kw, ["repl", "string", "count"])?;
    let repl = args
        .get(1)
        .cloned()
        .or(repl)
        .ok_or_else(|| missing(name, "repl", 1))?;
    let s = args
        .get(2)
        .cloned()
        .or(s)
        .ok_or_else(|| missing(name, "string", 2))?;
    let count = match args.get(3).cloned().or(c) {
        Some(v) => vm.index_value(&v)?,
        None => 0,
    };
    let (sv, text) = text_arg(vm, &s)?;
    sub_impl(vm, &args[0], &r, &repl, sv, text, count, with_n)
}

fn p_sub(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    p_sub_impl(vm, "sub", args, kw, false)
}

fn p_subn(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    p_sub_impl(vm, "subn", args, kw, true)
}

fn p_split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let r = this_pattern(args, "split")?;
    let [s, m] = take_kw("split", kw, ["string", "maxsplit"])?;
    let s = args
        .get(1)
        .cloned()
        .or(s)
        .ok_or_else(|| missing("split", "string", 1))?;
    let maxsplit = match args.get(2).cloned().or(m) {
        Some(v) => vm.index_value(&v)?,
        None => 0,
    };
    let (_, text) = text_arg(vm, &s)?;
    split_impl(&r, &text, maxsplit)
}

fn flag_names(flags: u32) -> String {
    let names: &[(u32, &str)] = &[
        (parse::IGNORECASE, "re.IGNORECASE"),
        (parse::LOCALE, "re.LOCALE"),
        (parse::MULTILINE, "re.MULTILINE"),
        (parse::DOTALL, "re.DOTALL"),
        (parse::VERBOSE, "re.VERBOSE"),
        (parse::DEBUG, "re.DEBUG"),
        (parse::ASCII, "re.ASCII"),
    ];
    let parts: Vec<&str> = names
        .iter()
        .filter(|(b, _)| flags & b != 0)
        .map(|(_, n)| *n)
        .collect();
    parts.join("|")
}

fn p_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let r = this_pattern(args, "__repr__")?;
    let p = vm.repr(&r.pattern)?;
    let f = flag_names(r.flags & !parse::UNICODE);
    Ok(Value::string(if f.is_empty() {
        format!("re.compile({})", p)
    } else {
        format!("re.compile({}, {})", p, f)
    }))
}

fn p_pattern(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(this_pattern(args, "pattern")?.pattern.clone())
}

fn p_flags(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::Int(this_pattern(args, "flags")?.flags as i64))
}

fn p_groups(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::Int(this_pattern(args, "groups")?.groups as i64))
}

fn p_groupindex(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let r = this_pattern(args, "groupindex")?;
    let d = Dict::new();
    for (n, g) in &r.names {
        d.set_native(Value::str(n), Value::Int(*g as i64));
    }
    Ok(Value::Dict(Obj::new(d)))
}

// ---------------------------------------------------------------- Match methods

fn this_match(args: &[Value]) -> PyResult<&MatchData> {
    match args.first() {
        Some(Value::Native(n)) => n
            .data
            .downcast_ref::<MatchData>()
            .ok_or_else(|| exc::type_error("expected a re.Match")),
        _ => Err(exc::type_error("expected a re.Match")),
    }
}

fn regex_of_match(m: &MatchData) -> Arc<Regex> {
    regex_of(&m.re).expect("a match keeps its pattern")
}

/// Resolves a group index or name.
fn group_index(vm: &mut Vm, m: &MatchData, g: &Value) -> PyResult<usize> {
    let r = regex_of_match(m);
    match g {
        Value::Str(s) => r
            .names
            .iter()
            .find(|(k, _)| k == s.as_str())
            .map(|(_, i)| *i)
            .ok_or_else(|| exc::index_error("no such group")),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
            let i = vm
                .index_value(g)
                .map_err(|_| exc::index_error("no such group"))?;
            if i < 0 || i as usize > r.groups {
                return Err(exc::index_error("no such group"));
            }
            Ok(i as usize)
        }
        _ => Err(exc::index_error("no such group")),
    }
}

fn m_group(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let m = this_match(args)?;
    let gs = &args[1..];
    if gs.is_empty() {
        return Ok(group_value(&m.text, &m.slots, 0, &Value::None));
    }
    let mut out = Vec::with_capacity(gs.len());
    for g in gs {
        let i = group_index(vm, m, g)?;
        out.push(group_value(&m.text, &m.slots, i, &Value::None));
    }
    Ok(if out.len() == 1 {
        out.pop().expect("one")
    } else {
        Value::tuple(out)
    })
}

fn m_getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("__getitem__", args, 2, 2)?;
    let m = this_match(args)?;
    let i = group_index(vm, m, &args[1])?;
    Ok(group_value(&m.text, &m.slots, i, &Value::None))
}

fn m_groups(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let m = this_match(args)?;
    let [d] = take_kw("groups", kw, ["default"])?;
    let default = args.get(1).cloned().or(d).unwrap_or(Value::None);
    let n = regex_of_match(m).groups;
    Ok(Value::tuple(
        (1..=n)
            .map(|g| group_value(&m.text, &m.slots, g, &default))
            .collect(),
    ))
}

fn m_groupdict(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let m = this_match(args)?;
    let [d] = take_kw("groupdict", kw, ["default"])?;
    let default = args.get(1).cloned().or(d).unwrap_or(Value::None);
    let out = Dict::new();
    for (n, g) in &regex_of_match(m).names {
        out.set_native(Value::str(n), group_value(&m.text, &m.slots, *g, &default));
    }
    Ok(Value::Dict(Obj::new(out)))
}

fn span_of(vm: &mut Vm, args: &[Value]) -> PyResult<(i64, i64)> {
    let m = this_match(args)?;
    let g = match args.get(1) {
        Some(g) => group_index(vm, m, g)?,
        None => 0,
    };
    Ok(match (m.slots[2 * g], m.slots[2 * g + 1]) {
        (Some(a), Some(b)) => (a as i64, b as i64),
        _ => (-1, -1),
    })
}

fn m_start(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::Int(span_of(vm, args)?.0))
}

fn m_end(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::Int(span_of(vm, args)?.1))
}

fn m_span(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let (a, b) = span_of(vm, args)?;
    Ok(Value::tuple(vec![Value::Int(a), Value::Int(b)]))
}

fn m_expand(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("expand", args, 2, 2)?;
    let m = this_match(args)?;
    let r = regex_of_match(m);
    let t = match &args[1] {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(exc::type_error(format!(
                "expected str instance, {} found",
                type_name(other)
            )))
        }
    };
    let pieces = parse_template(&r, &t, &r.pattern)?;
    let mut out = String::new();
    expand(&pieces, &m.text, &m.slots, &mut out);
    Ok(Value::string(out))
}

fn m_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let m = this_match(args)?;
    let (a, b) = (m.slots[0].unwrap_or(0), m.slots[1].unwrap_or(0));
    let s = vm.repr(&substr(&m.text, a, b))?;
    Ok(Value::string(format!(
        "<re.Match object; span=({}, {}), match={}>",
        a, b, s
    )))
}

fn m_string(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(this_match(args)?.string.clone())
}

fn m_re(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(this_match(args)?.re.clone())
}

fn m_pos(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::Int(this_match(args)?.pos as i64))
}

fn m_endpos(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    Ok(Value::Int(this_match(args)?.endpos as i64))
}

/// The group that closed last (CPython: the highest-numbered outermost
/// group that matched, by closing order).
fn last_index(m: &MatchData) -> Option<usize> {
    let r = regex_of_match(m);
    let mut best: Option<(usize, usize)> = None;
    for g in 1..=r.groups {
        if let (Some(a), Some(e)) = (m.slots[2 * g], m.slots[2 * g + 1]) {
            // Prefer the group ending last; among equal ends, the outer one
            // (smaller start, i.e. the one opened first).
            let better = match best {
                None => true,
                Some((bg, be)) => {
                    e > be || (e == be && a <= m.slots[2 * bg].unwrap_or(0) && g < bg)
                }
            };
            if better {
                best = Some((g, e));
            }
        }
    }
    best.map(|(g, _)| g)
}

fn m_lastindex(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let m = this_match(args)?;
    Ok(last_index(m).map_or(Value::None, |g| Value::Int(g as i64)))
}

fn m_lastgroup(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let m = this_match(args)?;
    let r = regex_of_match(m);
    Ok(match last_index(m) {
        Some(g) => r
            .names
            .iter()
            .find(|(_, i)| *i == g)
            .map_or(Value::None, |(n, _)| Value::str(n)),
        None => Value::None,
    })
}
