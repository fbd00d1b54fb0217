//! `str.format` and `str.format_map`: replacement fields
//! `{name.attr[key]!conv:spec}` with automatic or manual numbering and
//! nested fields in the spec.
//!
//! The parser follows CPython's `unicode_format.h` step by step
//! (`MarkupIterator_next`, `parse_field`, `FieldNameIterator`), so malformed
//! format strings fail with the same message at the same point.

use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::value::Value;
use crate::PyResult;

/// Where fields come from: `format`'s arguments or `format_map`'s mapping.
#[derive(Clone, Copy)]
enum Source<'a> {
    Args(&'a [Value], Kwargs<'a>),
    Map(&'a Value),
}

/// Automatic (`{}`) versus manual (`{0}`) numbering; mixing is an error.
struct Counter {
    next: usize,
    manual: bool,
    auto: bool,
}

/// Formats `fmt` with positional `args` and keyword `kw`.
pub fn format(vm: &mut Vm, fmt: &str, args: &[Value], kw: Kwargs) -> PyResult<String> {
    let mut c = Counter {
        next: 0,
        manual: false,
        auto: false,
    };
    let chars: Vec<char> = fmt.chars().collect();
    render(vm, &chars, Source::Args(args, kw), &mut c, 2)
}

/// `fmt.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<String> {
    let mut c = Counter {
        next: 0,
        manual: false,
        auto: false,
    };
    let chars: Vec<char> = fmt.chars().collect();
    render(vm, &chars, Source::Map(mapping), &mut c, 2)
}

/// One parsed replacement field.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: Vec<char>,
    spec_needs_expanding: bool,
}

fn render(vm: &mut Vm, s: &[char], src: Source, c: &mut Counter, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(exc::value_error("Max string recursion exceeded"));
    }
    let mut out = String::new();
    let mut i = 0;
    while i < s.len() {
        let ch = s[i];
        i += 1;
        if ch != '{' && ch != '}' {
            out.push(ch);
            continue;
        }
        let at_end = i >= s.len();
        if ch == '}' && (at_end || s[i] != '}') {
            return Err(exc::value_error("Single '}' encountered in format string"));
        }
        if at_end {
            return Err(exc::value_error("Single '{' encountered in format string"));
        }
        if s[i] == ch {
            out.push(ch);
            i += 1;
            continue;
        }
        let field = parse_field(s, &mut i)?;
        out.push_str(&field_value(vm, &field, src, c, depth)?);
    }
    Ok(out)
}

/// CPython's `parse_field`: reads the field after a `{` at `*i` up to and
/// including its closing `}`.
fn parse_field(s: &[char], i: &mut usize) -> PyResult<Field> {
    let start = *i;
    let mut c = '\0';
    while *i < s.len() {
        c = s[*i];
        *i += 1;
        match c {
            '{' => return Err(exc::value_error("unexpected '{' in field name")),
            '[' => {
                while *i < s.len() && s[*i] != ']' {
                    *i += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let name: String = s[start..(*i).saturating_sub(1).max(start)].iter().collect();
    let mut field = Field {
        name,
        conversion: None,
        spec: Vec::new(),
        spec_needs_expanding: false,
    };
    if c == '!' || c == ':' {
        if c == '!' {
            if *i >= s.len() {
                return Err(exc::value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            field.conversion = Some(s[*i]);
            *i += 1;
            if *i < s.len() {
                let next = s[*i];
                *i += 1;
                if next == '}' {
                    return Ok(field);
                }
                if next != ':' {
                    return Err(exc::value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let spec_start = *i;
        let mut count = 1;
        while *i < s.len() {
            let ch = s[*i];
            *i += 1;
            match ch {
                '{' => {
                    field.spec_needs_expanding = true;
                    count += 1;
                }
                '}' => {
                    count -= 1;
                    if count == 0 {
                        field.spec = s[spec_start..*i - 1].to_vec();
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        return Err(exc::value_error("unmatched '{' in format spec"));
    }
    if c != '}' {
        return Err(exc::value_error("expected '}' before end of string"));
    }
    Ok(field)
}

/// An all-digit index (`{0}`, `[1]`); anything else is a name or key.
fn as_index(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(None);
    }
    s.parse::<usize>()
        .map(Some)
        .map_err(|_| exc::value_error("Too many decimal digits in format string"))
}

fn positional(src: Source, idx: usize) -> PyResult {
    match src {
        Source::Args(args, _) => args.get(idx).cloned().ok_or_else(|| {
            exc::index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                idx
            ))
        }),
        Source::Map(_) => Err(exc::value_error("Format string contains positional fields")),
    }
}

fn field_value(
    vm: &mut Vm,
    f: &Field,
    src: Source,
    c: &mut Counter,
    depth: u32,
) -> PyResult<String> {
    let name = f.name.as_str();
    // First component: index, keyword, or auto-numbered.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut v = if first.is_empty() {
        if c.manual {
            return Err(exc::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        c.auto = true;
        let idx = c.next;
        c.next += 1;
        positional(src, idx)?
    } else if let Some(idx) = as_index(first)? {
        if c.auto {
            return Err(exc::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        c.manual = true;
        positional(src, idx)?
    } else {
        match src {
            Source::Args(_, kw) => kw
                .iter()
                .find(|(k, _)| &**k == first)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| exc::key_error(Value::str(first)))?,
            Source::Map(m) => vm.getitem(m, &Value::str(first))?,
        }
    };
    // Attribute and index accessors.
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            if end == 0 {
                return Err(exc::value_error("Empty attribute in format string"));
            }
            v = vm.getattr(&v, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| exc::value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            if key.is_empty() {
                return Err(exc::value_error("Empty attribute in format string"));
            }
            let k = match as_index(key)? {
                Some(i) => Value::Int(i as i64),
                None => Value::str(key),
            };
            v = vm.getitem(&v, &k)?;
            rest = &r[end + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(exc::value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        } else {
            return Err(exc::value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    let v = match f.conversion {
        None => v,
        Some('r') => Value::string(vm.repr(&v)?),
        Some('s') => Value::string(vm.to_str(&v)?),
        Some('a') => Value::string(crate::builtins::repr::ascii(&vm.repr(&v)?)),
        Some(other) if (' '..='~').contains(&other) && other != ' ' => {
            return Err(exc::value_error(format!(
                "Unknown conversion specifier {}",
                other
            )))
        }
        Some(other) => {
            return Err(exc::value_error(format!(
                "Unknown conversion specifier \\x{:x}",
                other as u32
            )))
        }
    };
    let spec = if f.spec_needs_expanding {
        render(vm, &f.spec, src, c, depth - 1)?
    } else {
        f.spec.iter().collect()
    };
    crate::builtins::format_builtin(vm, &v, &spec)
}
