//! `string`: character-class constants, `capwords` and `Template`
//! (the latter two in Python, `prelude/string.py`).

use crate::builtins::args::{arity, take_kw};
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::value::Value;
use crate::PyResult;

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let lower = "abcdefghijklmnopqrstuvwxyz";
    let upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let punct = r##"!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"##;
    let ws = " \t\n\r\x0b\x0c";
    let consts = vec![
        ("ascii_lowercase", Value::str(lower)),
        ("ascii_uppercase", Value::str(upper)),
        (
            "ascii_letters",
            Value::string(format!("{}{}", lower, upper)),
        ),
        ("digits", Value::str("0123456789")),
        ("hexdigits", Value::str("0123456789abcdefABCDEF")),
        ("octdigits", Value::str("01234567")),
        ("punctuation", Value::str(punct)),
        ("whitespace", Value::str(ws)),
        (
            "printable",
            Value::string(format!("0123456789{}{}{}{}", lower, upper, punct, ws)),
        ),
    ];
    super::prelude_module(
        vm,
        "string",
        include_str!("prelude/string.py"),
        &[("capwords", capwords)],
        consts,
    )
}

/// `capwords(s, sep=None)`: split, capitalize each word, join.
fn capwords(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [s_kw, sep_kw] = take_kw("capwords", kw, ["s", "sep"])?;
    arity("capwords", args, 0, 2)?;
    let s =
        args.first().cloned().or(s_kw).ok_or_else(|| {
            exc::type_error("capwords() missing 1 required positional argument: 's'")
        })?;
    let sep = args.get(1).cloned().or(sep_kw).unwrap_or(Value::None);
    let text = vm.to_str(&s)?;
    let cap = |w: &str| -> String {
        let mut cs = w.chars();
        match cs.next() {
            Some(f) => f
                .to_uppercase()
                .chain(cs.flat_map(|c| c.to_lowercase()))
                .collect(),
            None => String::new(),
        }
    };
    let out = match &sep {
        Value::None => text
            .split_whitespace()
            .map(cap)
            .collect::<Vec<_>>()
            .join(" "),
        Value::Str(sp) => text
            .split(sp.as_str())
            .map(cap)
            .collect::<Vec<_>>()
            .join(sp.as_str()),
        other => {
            return Err(exc::type_error(format!(
                "must be str or None, not {}",
                crate::types::type_name(other)
            )))
        }
    };
    Ok(Value::string(out))
}
