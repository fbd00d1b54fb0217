//! `string`: character-class constants, `capwords` and `Template`
//! (the latter two in Python, `prelude/string.py`).

use crate::interp::Vm;
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
        ("ascii_letters", Value::string(format!("{}{}", lower, upper))),
        ("digits", Value::str("0123456789")),
        ("hexdigits", Value::str("0123456789abcdefABCDEF")),
        ("octdigits", Value::str("01234567")),
        ("punctuation", Value::str(punct)),
        ("whitespace", Value::str(ws)),
        ("printable", Value::string(format!("0123456789{}{}{}{}", lower, upper, punct, ws))),
    ];
    super::prelude_module(vm, "string", include_str!("prelude/string.py"), &[], consts)
}
