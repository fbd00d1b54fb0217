//! Methods of `str`, with CPython 3.11's results and messages.
//!
//! Indexes (`find`, `count`, the `start`/`end` arguments) count characters,
//! not bytes: ASCII text, where the two agree, takes the direct path, and
//! other text converts between the two at the edges of a search.
//!
//! Each method checks its arguments the way its CPython counterpart does,
//! since the calling convention decides the message: `no_args`
//! (`str.upper() takes no arguments`), `one_arg` (`str.join() takes
//! exactly one argument`), `tuple_arity` (`find() takes at least 1
//! argument`), `method_arity` (`replace expected at least 2 arguments`) or
//! `bind_params` for the methods that take keywords (`split`, `encode`).

use crate::object::Obj;

use super::args::{bind_params, method_arity, no_args, no_kw, one_arg, tuple_arity};
use super::unicode as uc;
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::Str;
use crate::types::{type_name, types, Types};
use crate::value::Value;
use crate::PyResult;

pub(super) fn register(t: &Types) {
    super::add_methods(
        &t.str_,
        "str",
        &[
            ("capitalize", capitalize),
            ("casefold", casefold),
            ("center", center),
            ("count", count),
            ("encode", encode),
            ("endswith", endswith),
            ("expandtabs", expandtabs),
            ("find", find),
            ("format", format),
            ("format_map", format_map),
            ("index", index),
            ("isalnum", isalnum),
            ("isalpha", isalpha),
            ("isascii", isascii),
            ("isdecimal", isdecimal),
            ("isdigit", isdigit),
            ("isidentifier", isidentifier),
            ("islower", islower),
            ("isnumeric", isnumeric),
            ("isprintable", isprintable),
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
            ("translate", translate),
            ("upper", upper),
            ("zfill", zfill),
        ],
    );
    let maketrans = super::func("maketrans", maketrans);
    t.str_.dict.write().insert(
        crate::intern::intern("maketrans"),
        super::wrapper(&t.staticmethod, vec![maketrans]),
    );
}

/// The str behind `self` (a str or an instance of a str subclass).
/// The receiver of a str method: borrowed from a plain str (no reference
/// count traffic), owned for an instance of a str subclass.
pub enum StrArg<'a> {
    Borrowed(&'a Obj<Str>),
    Owned(Obj<Str>),
}

impl std::ops::Deref for StrArg<'_> {
    type Target = Obj<Str>;
    #[inline]
    fn deref(&self) -> &Obj<Str> {
        match self {
            StrArg::Borrowed(s) => s,
            StrArg::Owned(s) => s,
        }
    }
}

impl StrArg<'_> {
    /// An owned reference (one increment when borrowed).
    pub fn into_arc(self) -> Obj<Str> {
        match self {
            StrArg::Borrowed(s) => s.clone(),
            StrArg::Owned(s) => s,
        }
    }
}

pub fn this<'a>(vm: &Vm, v: &'a Value) -> PyResult<StrArg<'a>> {
    if let Value::Str(s) = v {
        return Ok(StrArg::Borrowed(s));
    }
    text_of(vm, v).map(StrArg::Owned).ok_or_else(|| {
        exc::type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            type_name(v)
        ))
    })
}

/// A str argument, also accepting instances of str subclasses.
fn text_of(vm: &Vm, v: &Value) -> Option<Obj<Str>> {
    match v {
        Value::Str(s) => Some(s.clone()),
        Value::Instance(_) => match vm.builtin_payload(v) {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    }
}

/// A str argument of a search method (`must be str, not int`).
fn sub_arg(vm: &Vm, v: &Value) -> PyResult<Obj<Str>> {
    text_of(vm, v).ok_or_else(|| exc::type_error(format!("must be str, not {}", type_name(v))))
}

/// Characters in a slice of text.
fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// An optional `start`/`end` argument of a search (`None` means the default).
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

/// CPython's `ADJUST_INDICES`: `end` ends in `0..=len`, `start` is at least
/// 0 but may exceed `end` (then nothing matches).
pub(super) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut s = start.unwrap_or(0);
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    if s < 0 {
        s = (s + len).max(0);
    }
    (s as usize, e as usize)
}

/// The `start`/`end` window of a search, in characters.
fn window(
    vm: &mut Vm,
    s: &Str,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<(usize, usize)> {
    let st = slice_index(vm, start)?;
    let en = slice_index(vm, end)?;
    Ok(adjust_indices(st, en, s.char_len()))
}

/// The text between character indexes `st..en` (`st <= en <= len`).
fn chars_between(s: &Str, st: usize, en: usize) -> &str {
    if s.is_ascii() {
        &s.as_str()[st..en]
    } else {
        let t = s.as_str();
        let mut it = t
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(t.len()));
        let bs = it.nth(st).unwrap_or(t.len());
        let be = if en == st {
            bs
        } else {
            it.nth(en - st - 1).unwrap_or(t.len())
        };
        &t[bs..be]
    }
}

/// `find`/`rfind`: the character index of `sub` in the window, if any.
fn find_in(vm: &mut Vm, args: &[Value], name: &str, from_right: bool) -> PyResult<Option<usize>> {
    tuple_arity(name, args, 1, 3)?;
    let s = this(vm, &args[0])?;
    let sub = sub_arg(vm, &args[1])?;
    let (st, en) = window(vm, &s, args.get(2), args.get(3))?;
    if en < st || en - st < sub.char_len() {
        return Ok(None);
    }
    let hay = chars_between(&s, st, en);
    let found = if from_right {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    Ok(found.map(|p| st + char_count(&hay[..p])))
}

fn position(v: Option<usize>) -> Value {
    Value::Int(v.map_or(-1, |i| i as i64))
}

fn find(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("str.find", kw)?;
    find_in(vm, args, "find", false).map(position)
}

fn rfind(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("str.rfind", kw)?;
    find_in(vm, args, "rfind", true).map(position)
}

fn index(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("str.index", kw)?;
    match find_in(vm, args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(exc::value_error("substring not found")),
    }
}

fn rindex(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("str.rindex", kw)?;
    match find_in(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(exc::value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("str.count", kw)?;
    tuple_arity("count", args, 1, 3)?;
    let s = this(vm, &args[0])?;
    let sub = sub_arg(vm, &args[1])?;
    let (st, en) = window(vm, &s, args.get(2), args.get(3))?;
    if en < st {
        return Ok(Value::Int(0));
    }
    if sub.char_len() == 0 {
        return Ok(Value::Int((en - st + 1) as i64));
    }
    Ok(Value::Int(
        chars_between(&s, st, en).matches(sub.as_str()).count() as i64,
    ))
}

/// `startswith`/`endswith`.
fn tail_match(vm: &mut Vm, args: &[Value], kw: Kwargs, name: &str, at_end: bool) -> PyResult {
    no_kw(
        if at_end {
            "str.endswith"
        } else {
            "str.startswith"
        },
        kw,
    )?;
    tuple_arity(name, args, 1, 3)?;
    let s = this(vm, &args[0])?;
    let (st, en) = window(vm, &s, args.get(2), args.get(3))?;
    let matches = |sub: &Str| {
        if en < st || en - st < sub.char_len() {
            return false;
        }
        let hay = chars_between(&s, st, en);
        if at_end {
            hay.ends_with(sub.as_str())
        } else {
            hay.starts_with(sub.as_str())
        }
    };
    if let Value::Tuple(t) = &args[1] {
        for item in t.items.iter() {
            match text_of(vm, item) {
                Some(sub) if matches(&sub) => return Ok(Value::bool(true)),
                Some(_) => {}
                None => {
                    return Err(exc::type_error(format!(
                        "tuple for {} must only contain str, not {}",
                        name,
                        type_name(item)
                    )))
                }
            }
        }
        return Ok(Value::bool(false));
    }
    match text_of(vm, &args[1]) {
        Some(sub) => Ok(Value::bool(matches(&sub))),
        None => Err(exc::type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
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

// ----- case -----

fn upper(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("str.upper", args, kw)?;
    Ok(Value::string(this(vm, &args[0])?.as_str().to_uppercase()))
}

fn lower(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("str.lower", args, kw)?;
    Ok(Value::string(this(vm, &args[0])?.as_str().to_lowercase()))
}

fn casefold(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("str.casefold", args, kw)?;
    let s = this(vm, &args[0])?;
    if s.is_ascii() {
        return Ok(Value::string(s.as_str().to_ascii_lowercase()));
    }
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        uc::push_fold(&mut out, c);
    }
    Ok(Value::string(out))
}

fn capitalize(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("str.capitalize", args, kw)?;
    let s = this(vm, &args[0])?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    for i in 0..chars.len() {
        if i == 0 {
            uc::push_title(&mut out, chars[0]);
        } else {
            uc::push_lower(&mut out, &chars, i);
        }
    }
    Ok(Value::string(out))
}

fn swapcase(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("str.swapcase", args, kw)?;
    let s = this(vm, &args[0])?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            uc::push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            uc::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    Ok(Value::string(out))
}

/// `title()`: a cased character after an uncased one starts a word, so
/// `"they're"` becomes `"They'Re"` as in CPython.
fn title(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("str.title", args, kw)?;
    let s = this(vm, &args[0])?;
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = String::with_capacity(s.as_str().len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            uc::push_lower(&mut out, &chars, i);
        } else {
            uc::push_title(&mut out, c);
        }
        prev_cased = uc::is_cased(c);
    }
    Ok(Value::string(out))
}

// ----- predicates -----

/// A predicate true when the text is non-empty and every character has
/// the property.
fn all_chars(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    qual: &str,
    pred: fn(char) -> bool,
) -> PyResult {
    no_args(qual, args, kw)?;
    let s = this(vm, &args[0])?;
    Ok(Value::bool(
        !s.as_str().is_empty() && s.as_str().chars().all(pred),
    ))
}

fn isalnum(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    all_chars(vm, args, kw, "str.isalnum", uc::is_alnum)
}

fn isalpha(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    all_chars(vm, args, kw, "str.isalpha", uc::is_alpha)
}

fn isdecimal(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    all_chars(vm, args, kw, "str.isdecimal", uc::is_decimal)
}

fn isdigit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    all_chars(vm, args, kw, "str.isdigit", uc::is_digit)
}

fn isnumeric(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    all_chars(vm, args, kw, "str.isnumeric", uc::is_numeric)
}

fn isspace(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    all_chars(vm, args, kw, "str.isspace", uc::is_space)
}

fn isascii(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("str.isascii", args, kw)?;
    Ok(Value::bool(this(vm, &args[0])?.is_ascii()))
}

fn isprintable(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("str.isprintable", args, kw)?;
    Ok(Value::bool(
        this(vm, &args[0])?.as_str().chars().all(uc::is_printable),
    ))
}

fn isidentifier(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("str.isidentifier", args, kw)?;
    let s = this(vm, &args[0])?;
    let mut it = s.as_str().chars();
    Ok(Value::bool(
        it.next().is_some_and(uc::is_id_start) && it.all(uc::is_id_continue),
    ))
}

fn islower(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("str.islower", args, kw)?;
    let s = this(vm, &args[0])?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if c.is_uppercase() || uc::is_title(c) {
            return Ok(Value::bool(false));
        }
        cased |= c.is_lowercase();
    }
    Ok(Value::bool(cased))
}

fn isupper(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("str.isupper", args, kw)?;
    let s = this(vm, &args[0])?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if c.is_lowercase() || uc::is_title(c) {
            return Ok(Value::bool(false));
        }
        cased |= c.is_uppercase();
    }
    Ok(Value::bool(cased))
}

fn istitle(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_args("str.istitle", args, kw)?;
    let s = this(vm, &args[0])?;
    let (mut cased, mut prev_cased) = (false, false);
    for c in s.as_str().chars() {
        if c.is_uppercase() || uc::is_title(c) {
            if prev_cased {
                return Ok(Value::bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
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

fn width_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let w = vm.index_value(v)?.max(0) as usize;
    // The result holds at least `w` characters (and a fill may take 4 bytes).
    exc::check_alloc(w)?;
    Ok(w)
}

fn fill_arg(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let s = text_of(vm, v).ok_or_else(|| {
        exc::type_error(format!(
            "The fill character must be a unicode character, not {}",
            type_name(v)
        ))
    })?;
    if s.char_len() != 1 {
        return Err(exc::type_error(
            "The fill character must be exactly one character long",
        ));
    }
    Ok(s.char_at(0))
}

/// `center`, `ljust`, `rjust`: `which` is the padding on the left.
fn pad(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    name: &str,
    left: fn(usize, usize) -> usize,
) -> PyResult {
    no_kw(&format!("str.{}", name), kw)?;
    method_arity(name, args, 1, 2)?;
    let s = this(vm, &args[0])?;
    let width = width_arg(vm, &args[1])?;
    let fill = fill_arg(vm, args.get(2))?;
    let len = s.char_len();
    if width <= len {
        return Ok(Value::Str(s.into_arc()));
    }
    let marg = width - len;
    let l = left(marg, width);
    let mut out = String::with_capacity(s.as_str().len() + marg * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, marg - l));
    Ok(Value::string(out))
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
    one_arg("str.zfill", args, kw)?;
    let s = this(vm, &args[0])?;
    let width = width_arg(vm, &args[1])?;
    let len = s.char_len();
    if width <= len {
        return Ok(Value::Str(s.into_arc()));
    }
    let text = s.as_str();
    let mut out = String::with_capacity(width + text.len() - len);
    let body = match text.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &text[1..]
        }
        _ => text,
    };
    out.extend(std::iter::repeat_n('0', width - len));
    out.push_str(body);
    Ok(Value::string(out))
}

fn expandtabs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [tabsize] = bind_params("expandtabs", &args[1..], kw, ["tabsize"], 0, 1)?;
    let s = this(vm, &args[0])?;
    let tabsize = match tabsize {
        Some(v) => vm.index_value(&v)?,
        None => 8,
    };
    if tabsize > i32::MAX as i64 || tabsize < i32::MIN as i64 {
        // CPython reads the tab size as a C int.
        return Err(exc::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    if tabsize > 0 {
        let tabs = s.as_str().bytes().filter(|&b| b == b'\t').count();
        exc::check_alloc_items(tabs, tabsize as usize)?;
    }
    let mut out = String::with_capacity(s.as_str().len());
    let mut col: i64 = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    col += n;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                }
            }
            '\n' | '\r' => {
                col = 0;
                out.push(c);
            }
            _ => {
                col += 1;
                out.push(c);
            }
        }
    }
    Ok(Value::string(out))
}

// ----- strip, split, join -----

/// `strip`/`lstrip`/`rstrip`: `(left, right)` say which ends.
fn strip_ends(
    vm: &mut Vm,
    args: &[Value],
    kw: Kwargs,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult {
    no_kw(&format!("str.{}", name), kw)?;
    method_arity(name, args, 0, 1)?;
    let s = this(vm, &args[0])?;
    let text = s.as_str();
    let out = match args.get(1) {
        None | Some(Value::None) => {
            let t = if left {
                text.trim_start_matches(uc::is_space)
            } else {
                text
            };
            if right {
                t.trim_end_matches(uc::is_space)
            } else {
                t
            }
        }
        Some(v) => {
            let chars = text_of(vm, v)
                .ok_or_else(|| exc::type_error(format!("{} arg must be None or str", name)))?;
            let set: Vec<char> = chars.as_str().chars().collect();
            let t = if left {
                text.trim_start_matches(set.as_slice())
            } else {
                text
            };
            if right {
                t.trim_end_matches(set.as_slice())
            } else {
                t
            }
        }
    };
    if out.len() == text.len() {
        return Ok(Value::Str(s.into_arc()));
    }
    Ok(Value::str(out))
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

/// The `sep` and `maxsplit` of `split`/`rsplit` (`maxsplit < 0`: no limit).
fn split_params<'a>(
    vm: &mut Vm,
    args: &'a [Value],
    kw: Kwargs,
    name: &str,
) -> PyResult<(StrArg<'a>, Option<Obj<Str>>, usize)> {
    let [sep, maxsplit] = if kw.is_empty() && args.len() <= 3 {
        // Positional only (the common `s.split(",")`): nothing to bind.
        [args.get(1).cloned(), args.get(2).cloned()]
    } else {
        bind_params(name, &args[1..], kw, ["sep", "maxsplit"], 0, 2)?
    };
    let s = this(vm, &args[0])?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let sep = text_of(vm, &v).ok_or_else(|| {
                exc::type_error(format!("must be str or None, not {}", type_name(&v)))
            })?;
            if sep.as_str().is_empty() {
                return Err(exc::value_error("empty separator"));
            }
            Some(sep)
        }
    };
    let max = match maxsplit {
        None => usize::MAX,
        Some(v) => usize::try_from(vm.index_value(&v)?).unwrap_or(usize::MAX),
    };
    Ok((s, sep, max))
}

fn split(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let (s, sep, max) = split_params(vm, args, kw, "split")?;
    let text = s.as_str();
    let parts: Vec<Value> = match sep {
        // A one-byte separator (an ASCII character, which no byte of a
        // multi-byte character equals) is searched byte by byte; the parts
        // of an ASCII str are ASCII and need no character count.
        Some(sep) if sep.as_str().len() == 1 => {
            let b = sep.as_str().as_bytes()[0];
            let piece = |t: &str| {
                if s.is_ascii() {
                    Value::Str(Obj::new(Str::ascii(t)))
                } else {
                    Value::str(t)
                }
            };
            let mut parts = Vec::new();
            let (mut start, mut left) = (0, max);
            for (i, &c) in text.as_bytes().iter().enumerate() {
                if c == b && left > 0 {
                    parts.push(piece(&text[start..i]));
                    start = i + 1;
                    left -= 1;
                }
            }
            parts.push(piece(&text[start..]));
            parts
        }
        Some(sep) => text
            .splitn(max.saturating_add(1), sep.as_str())
            .map(Value::str)
            .collect(),
        None => split_whitespace(text, max)
            .into_iter()
            .map(Value::str)
            .collect(),
    };
    Ok(Value::list(parts))
}

fn rsplit(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let (s, sep, max) = split_params(vm, args, kw, "rsplit")?;
    let text = s.as_str();
    let mut parts: Vec<Value> = match sep {
        Some(sep) => text
            .rsplitn(max.saturating_add(1), sep.as_str())
            .map(Value::str)
            .collect(),
        None => rsplit_whitespace(text, max)
            .into_iter()
            .map(Value::str)
            .collect(),
    };
    parts.reverse();
    Ok(Value::list(parts))
}

/// CPython's `split_whitespace`: runs of whitespace separate, and after
/// `max` splits the rest (less its leading whitespace) is the last part.
fn split_whitespace(text: &str, mut max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text.trim_start_matches(uc::is_space);
    while !rest.is_empty() {
        if max == 0 {
            out.push(rest);
            break;
        }
        max -= 1;
        let end = rest.find(uc::is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(uc::is_space);
    }
    out
}

/// `rsplit()` without a separator; the parts come out last first.
fn rsplit_whitespace(text: &str, mut max: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text.trim_end_matches(uc::is_space);
    while !rest.is_empty() {
        if max == 0 {
            out.push(rest);
            break;
        }
        max -= 1;
        let start = rest.rfind(uc::is_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        out.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(uc::is_space);
    }
    out
}

fn splitlines(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [keepends] = bind_params("splitlines", &args[1..], kw, ["keepends"], 0, 1)?;
    let s = this(vm, &args[0])?;
    let keep = match keepends {
        Some(v) => vm.index_value(&v)? != 0,
        None => false,
    };
    let text = s.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !uc::is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && matches!(it.peek(), Some((_, '\n'))) {
            it.next();
            end += 1;
        }
        out.push(Value::str(&text[start..if keep { end } else { i }]));
        start = end;
    }
    if start < text.len() {
        out.push(Value::str(&text[start..]));
    }
    Ok(Value::list(out))
}

fn join(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    one_arg("str.join", args, kw)?;
    let sep = this(vm, &args[0])?;
    let items = join_items(vm, &args[1])?;
    // Check every item and size the result first: one allocation of the
    // exact length instead of a doubling buffer. Exact strs are read in
    // place; str subclasses go through their payload.
    let mut len = sep
        .as_str()
        .len()
        .saturating_mul(items.len().saturating_sub(1));
    for (i, it) in items.iter().enumerate() {
        len = len.saturating_add(match it {
            Value::Str(s) => s.as_str().len(),
            _ => match text_of(vm, it) {
                Some(s) => s.as_str().len(),
                None => {
                    return Err(exc::type_error(format!(
                        "sequence item {}: expected str instance, {} found",
                        i,
                        type_name(it)
                    )))
                }
            },
        });
    }
    exc::check_alloc(len)?;
    let mut out = String::with_capacity(len);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match it {
            Value::Str(s) => out.push_str(s.as_str()),
            _ => {
                if let Some(s) = text_of(vm, it) {
                    out.push_str(s.as_str());
                }
            }
        }
    }
    Ok(Value::string(out))
}

/// The items of `join`'s argument (`can only join an iterable`).
pub(super) fn join_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(_) | Value::Tuple(_) => vm.collect(v),
        _ => {
            let it = vm.iter(v).map_err(|e| {
                if e.is(&types().type_error) {
                    exc::type_error("can only join an iterable")
                } else {
                    e
                }
            })?;
            vm.collect(&it)
        }
    }
}

/// `partition`/`rpartition`.
fn partition_at(vm: &mut Vm, args: &[Value], kw: Kwargs, from_right: bool) -> PyResult {
    one_arg(
        if from_right {
            "str.rpartition"
        } else {
            "str.partition"
        },
        args,
        kw,
    )?;
    let s = this(vm, &args[0])?;
    let sep = sub_arg(vm, &args[1])?;
    if sep.as_str().is_empty() {
        return Err(exc::value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if from_right {
        text.rfind(sep.as_str())
    } else {
        text.find(sep.as_str())
    };
    let empty = || Value::str("");
    Ok(Value::tuple(match found {
        Some(i) => vec![
            Value::str(&text[..i]),
            Value::Str(sep.clone()),
            Value::str(&text[i + sep.as_str().len()..]),
        ],
        None if from_right => vec![empty(), empty(), Value::Str(s.clone())],
        None => vec![Value::Str(s.clone()), empty(), empty()],
    }))
}

fn partition(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    partition_at(vm, args, kw, false)
}

fn rpartition(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    partition_at(vm, args, kw, true)
}

fn removeprefix(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    one_arg("str.removeprefix", args, kw)?;
    let s = this(vm, &args[0])?;
    let p = text_of(vm, &args[1]).ok_or_else(|| {
        exc::type_error(format!(
            "removeprefix() argument must be str, not {}",
            type_name(&args[1])
        ))
    })?;
    Ok(match s.as_str().strip_prefix(p.as_str()) {
        Some(rest) if !p.as_str().is_empty() => Value::str(rest),
        _ => Value::Str(s.into_arc()),
    })
}

fn removesuffix(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    one_arg("str.removesuffix", args, kw)?;
    let s = this(vm, &args[0])?;
    let p = text_of(vm, &args[1]).ok_or_else(|| {
        exc::type_error(format!(
            "removesuffix() argument must be str, not {}",
            type_name(&args[1])
        ))
    })?;
    Ok(match s.as_str().strip_suffix(p.as_str()) {
        Some(rest) if !p.as_str().is_empty() => Value::str(rest),
        _ => Value::Str(s.into_arc()),
    })
}

fn replace(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("str.replace", kw)?;
    method_arity("replace", args, 2, 3)?;
    let s = this(vm, &args[0])?;
    let arg = |i: usize| {
        text_of(vm, &args[i]).ok_or_else(|| {
            exc::type_error(format!(
                "replace() argument {} must be str, not {}",
                i,
                type_name(&args[i])
            ))
        })
    };
    let old = arg(1)?;
    let new = arg(2)?;
    let count = match args.get(3) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    if count == 0 || (old.as_str().is_empty() && new.as_str().is_empty()) {
        return Ok(Value::Str(s.into_arc()));
    }
    if new.as_str().len() > old.as_str().len() {
        // The result's size, before building it.
        let hits = if old.as_str().is_empty() {
            s.char_len() + 1
        } else {
            s.as_str().matches(old.as_str()).count()
        };
        let hits = if count < 0 {
            hits
        } else {
            hits.min(count as usize)
        };
        let grow = new.as_str().len() - old.as_str().len();
        exc::check_alloc(hits.saturating_mul(grow).saturating_add(s.as_str().len()))?;
    }
    Ok(Value::string(if count < 0 {
        s.as_str().replace(old.as_str(), new.as_str())
    } else {
        s.as_str()
            .replacen(old.as_str(), new.as_str(), count as usize)
    }))
}

// ----- translate, encode, format -----

/// `str.maketrans(x[, y[, z]])` (a static method).
fn maketrans(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("str.maketrans", kw)?;
    super::args::arity("maketrans", args, 1, 3)?;
    let d = Obj::new(crate::object::Dict::new());
    if args.len() == 1 {
        let Value::Dict(src) = &args[0] else {
            return Err(exc::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, v) in vm.pairs_of(&Value::Dict(src.clone()))? {
            let key = match &k {
                Value::Int(_) => k.clone(),
                Value::Str(s) if s.char_len() == 1 => Value::Int(s.char_at(0) as i64),
                Value::Str(_) => {
                    return Err(exc::value_error(
                        "string keys in translate table must be of length 1",
                    ))
                }
                _ => {
                    return Err(exc::type_error(
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            vm.dict_set(&d, key, v)?;
        }
        return Ok(Value::Dict(d));
    }
    let arg = |i: usize| {
        text_of(vm, &args[i]).ok_or_else(|| {
            exc::type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                type_name(&args[i])
            ))
        })
    };
    let (x, y) = (arg(0)?, arg(1)?);
    let z = if args.len() == 3 { Some(arg(2)?) } else { None };
    if x.char_len() != y.char_len() {
        return Err(exc::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        vm.dict_set(&d, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if let Some(z) = z {
        for c in z.as_str().chars() {
            vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(d))
}

fn translate(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    one_arg("str.translate", args, kw)?;
    let s = this(vm, &args[0])?;
    let table = &args[1];
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let mapped = match vm.getitem(table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if e.is(&types().lookup_error) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &mapped {
            Value::None => {}
            Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
                Some(m) => out.push(m),
                None => {
                    return Err(exc::value_error(
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            _ => match text_of(vm, &mapped) {
                Some(t) => out.push_str(t.as_str()),
                None => {
                    return Err(exc::type_error(
                        "character mapping must return integer, None or str",
                    ))
                }
            },
        }
    }
    Ok(Value::string(out))
}

fn encode(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [encoding, errors] = bind_params("encode", &args[1..], kw, ["encoding", "errors"], 0, 2)?;
    let s = this(vm, &args[0])?;
    let encoding = super::methods_bytes::codec_arg("encode", "encoding", encoding.as_ref())?;
    let errors = super::methods_bytes::codec_arg("encode", "errors", errors.as_ref())?;
    super::methods_bytes::encode_text(
        s.as_str(),
        encoding.as_deref().unwrap_or("utf-8"),
        errors.as_deref().unwrap_or("strict"),
    )
    .map(|b| Value::Bytes(Obj::new(b)))
}

fn format(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let s = this(vm, &args[0])?;
    crate::format::str_format::format(vm, s.as_str(), &args[1..], kw).map(Value::string)
}

fn format_map(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    one_arg("str.format_map", args, kw)?;
    let s = this(vm, &args[0])?;
    crate::format::str_format::format_map(vm, s.as_str(), &args[1]).map(Value::string)
}
