//! `str.format`: replacement fields `{name.attr[key]!conv:spec}` with
//! automatic or manual numbering and nested fields in the spec.

use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::value::Value;
use crate::PyResult;

struct Counter {
    next: usize,
    manual: bool,
    auto: bool,
}

/// Where named fields come from: keyword arguments (`format`) or a
/// mapping (`format_map`).
#[derive(Clone, Copy)]
enum Names<'a> {
    Kw(Kwargs<'a>),
    Map(&'a Value),
}

/// Formats `fmt` with positional `args` and keyword `kw`.
pub fn format(vm: &mut Vm, fmt: &str, args: &[Value], kw: Kwargs) -> PyResult<String> {
    let mut c = Counter { next: 0, manual: false, auto: false };
    render(vm, fmt, args, Names::Kw(kw), &mut c, 0)
}

/// `fmt.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<String> {
    let mut c = Counter { next: 0, manual: false, auto: false };
    render(vm, fmt, &[], Names::Map(mapping), &mut c, 0)
}

fn render(vm: &mut Vm, fmt: &str, args: &[Value], kw: Names, c: &mut Counter, depth: usize) -> PyResult<String> {
    if depth > 2 {
        return Err(exc::value_error("Max string recursion exceeded"));
    }
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let ch = chars[i];
        if ch == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace, allowing nested {} in the spec.
            let mut j = i + 1;
            let mut level = 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(exc::value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&field_value(vm, &field, args, kw, c, depth)?);
            i = j + 1;
        } else if ch == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(exc::value_error("Single '}' encountered in format string"));
        } else {
            out.push(ch);
            i += 1;
        }
    }
    Ok(out)
}

fn field_value(vm: &mut Vm, field: &str, args: &[Value], kw: Names, c: &mut Counter, depth: usize) -> PyResult<String> {
    // Split name[!conv][:spec]; the name part ends at the first ! or : not in [].
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (k, ch) in field.char_indices() {
        match ch {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.splitn(2, ':');
        let conv = it.next().unwrap_or("");
        if conv.chars().count() != 1 {
            return Err(exc::value_error("expected ':' after conversion specifier"));
        }
        (conv.chars().next(), it.next().unwrap_or(""))
    } else if let Some(r) = rest.strip_prefix(':') {
        (None, r)
    } else {
        (None, "")
    };
    // First component: index, keyword, or auto-numbered.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut v = if first.is_empty() {
        if c.manual {
            return Err(exc::value_error("cannot switch from manual field specification to automatic field numbering"));
        }
        c.auto = true;
        let idx = c.next;
        c.next += 1;
        args.get(idx).cloned().ok_or_else(|| exc::index_error(format!("Replacement index {} out of range for positional args tuple", idx)))?
    } else if let Ok(idx) = first.parse::<usize>() {
        if c.auto {
            return Err(exc::value_error("cannot switch from automatic field numbering to manual field specification"));
        }
        c.manual = true;
        args.get(idx).cloned().ok_or_else(|| exc::index_error(format!("Replacement index {} out of range for positional args tuple", idx)))?
    } else {
        match kw {
            Names::Kw(kw) => kw
                .iter()
                .find(|(k, _)| &**k == first)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| exc::key_error(Value::str(first)))?,
            Names::Map(m) => vm.getitem(m, &Value::str(first))?,
        }
    };
    // Attribute and index accessors.
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            v = vm.getattr(&v, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').ok_or_else(|| exc::value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => Value::str(key),
            };
            v = vm.getitem(&v, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(exc::value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let v = match conv {
        None => v,
        Some('r') => Value::string(vm.repr(&v)?),
        Some('s') => Value::string(vm.to_str(&v)?),
        Some('a') => Value::string(crate::builtins::repr::ascii(&vm.repr(&v)?)),
        Some(other) => return Err(exc::value_error(format!("Unknown conversion specifier {}", other))),
    };
    let spec = if spec.contains('{') { render(vm, spec, args, kw, c, depth + 1)? } else { spec.to_string() };
    crate::builtins::format_builtin(vm, &v, &spec)
}
