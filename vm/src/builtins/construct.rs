//! Calling a built-in class: `int(x)`, `str(x)`, `list(it)`, `dict(...)`,
//! `type(x)`, exception classes, property and friends.

use crate::object::Obj;
use std::sync::Arc;

use parking_lot::Mutex;

use super::args::{arity, bind_params, no_kw, take_kw};
use crate::exc;
use crate::format::int_parse::{parse_float, parse_int_literal, IntParseError, ParsedInt};
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::{Class, ClassKind, Dict, ExcData, Instance, Payload, RangeObj, SliceObj};
use crate::types::{class_of, type_name, types};
use crate::value::Value;
use crate::PyResult;

/// Calls built-in class `cls`.
pub fn construct(
    vm: &mut Vm,
    cls: &Obj<Class>,
    args: Vec<Value>,
    kw: Vec<(Arc<str>, Value)>,
) -> PyResult {
    let t = types();
    let kw = &kw[..];
    if cls.kind == ClassKind::Exception {
        if !kw.is_empty() {
            return Err(exc::type_error(format!(
                "{}() takes no keyword arguments",
                cls.name
            )));
        }
        if cls.is_subclass(&t.os_error) && (2..=5).contains(&args.len()) {
            return Ok(super::exceptions::new_os_error(cls, args));
        }
        let inst = Instance::new(
            cls.clone(),
            Payload::Exc(Box::new(Mutex::new(ExcData::new(Value::tuple(args))))),
        );
        return Ok(Value::Instance(Obj::new(inst)));
    }
    let name = &*cls.name;
    if Obj::ptr_eq(cls, super::complex::class()) {
        let mut a = Vec::with_capacity(args.len() + 1);
        a.push(Value::Class(cls.clone()));
        a.extend(args);
        return super::complex::construct(vm, &a, kw);
    }
    match cls.kind {
        ClassKind::Object => {
            arity("object", &args, 0, 0)
                .map_err(|_| exc::type_error("object() takes no arguments"))?;
            Ok(Value::Instance(Obj::new(Instance::new(
                t.object.clone(),
                Payload::None,
            ))))
        }
        ClassKind::Type => match args.len() {
            1 if kw.is_empty() => Ok(Value::Class(class_of(&args[0]))),
            3 => vm.type_new_args(t.type_.clone(), &args, kw),
            _ => Err(exc::type_error("type() takes 1 or 3 arguments")),
        },
        ClassKind::NoneType => Ok(Value::None),
        ClassKind::Bool => {
            no_kw("bool", kw)?;
            arity("bool", &args, 0, 1)?;
            match args.first() {
                Some(v) => Ok(Value::bool(vm.truthy(v)?)),
                None => Ok(Value::bool(false)),
            }
        }
        ClassKind::Int => make_int(vm, &args, kw),
        ClassKind::Float => {
            no_kw("float", kw)?;
            arity("float", &args, 0, 1)?;
            match args.first() {
                None => Ok(Value::float(0.0)),
                Some(v) => to_float(vm, v).map(Value::float),
            }
        }
        ClassKind::Str => make_str(vm, &args, kw),
        ClassKind::Bytes => make_bytes(vm, &args, kw),
        ClassKind::List => {
            no_kw("list", kw)?;
            arity("list", &args, 0, 1)?;
            match args.first() {
                Some(v) => Ok(Value::list(vm.collect(v)?)),
                None => Ok(Value::list(Vec::new())),
            }
        }
        ClassKind::Tuple => {
            no_kw("tuple", kw)?;
            arity("tuple", &args, 0, 1)?;
            match args.first() {
                Some(Value::Tuple(_)) => Ok(args[0].clone()),
                Some(v) => Ok(Value::tuple(vm.collect(v)?)),
                None => Ok(Value::tuple(Vec::new())),
            }
        }
        ClassKind::Dict => {
            arity("dict", &args, 0, 1)?;
            let d = Obj::new(Dict::new());
            if let Some(a) = args.first() {
                for (k, v) in vm.pairs_of(a)? {
                    vm.dict_set(&d, k, v)?;
                }
            }
            for (k, v) in kw {
                vm.dict_set(&d, Value::str(k), v.clone())?;
            }
            Ok(Value::Dict(d))
        }
        ClassKind::Set | ClassKind::FrozenSet => {
            no_kw(name, kw)?;
            arity(name, &args, 0, 1)?;
            let items = match args.first() {
                Some(v) => vm.collect(v)?,
                None => Vec::new(),
            };
            if cls.kind == ClassKind::Set {
                vm.new_set(items)
            } else {
                vm.new_frozenset(items)
            }
        }
        ClassKind::Range => {
            no_kw("range", kw)?;
            arity("range", &args, 1, 3)?;
            let mut ints = Vec::with_capacity(3);
            for a in &args {
                ints.push(match a {
                    Value::Int(i) => *i as i128,
                    Value::Bool(b) => b.get() as i128,
                    Value::BigInt(b) => {
                        num_traits::ToPrimitive::to_i128(&**b).ok_or_else(|| {
                            exc::overflow_error("Python int too large to convert to C ssize_t")
                        })?
                    }
                    other => {
                        if let Value::Instance(_) = other {
                            vm.index_value(other)? as i128
                        } else {
                            return Err(exc::type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                type_name(other)
                            )));
                        }
                    }
                });
            }
            let (start, stop, step) = match ints.len() {
                1 => (0, ints[0], 1),
                2 => (ints[0], ints[1], 1),
                _ => (ints[0], ints[1], ints[2]),
            };
            if step == 0 {
                return Err(exc::value_error("range() arg 3 must not be zero"));
            }
            Ok(Value::Range(Obj::new(RangeObj { start, stop, step })))
        }
        ClassKind::Slice => {
            no_kw("slice", kw)?;
            arity("slice", &args, 1, 3)?;
            let (start, stop, step) = match args.len() {
                1 => (Value::None, args[0].clone(), Value::None),
                2 => (args[0].clone(), args[1].clone(), Value::None),
                _ => (args[0].clone(), args[1].clone(), args[2].clone()),
            };
            Ok(Value::Slice(Obj::new(SliceObj { start, stop, step })))
        }
        ClassKind::Property => {
            let [fget, fset, fdel, doc] = take_kw("property", kw, ["fget", "fset", "fdel", "doc"])?;
            let get =
                |i: usize, k: Option<Value>| args.get(i).cloned().or(k).unwrap_or(Value::None);
            Ok(super::wrapper(
                &t.property,
                vec![get(0, fget), get(1, fset), get(2, fdel), get(3, doc)],
            ))
        }
        ClassKind::StaticMethod | ClassKind::ClassMethod => {
            arity(name, &args, 1, 1)?;
            Ok(super::wrapper(cls, vec![args[0].clone()]))
        }
        ClassKind::Super => {
            arity("super", &args, 0, 2)?;
            if args.is_empty() {
                // super() called through a name other than the compiler's
                // LoadSuper (e.g. via a variable): find the method's frame.
                let fi = vm
                    .frames
                    .len()
                    .checked_sub(1)
                    .ok_or_else(|| exc::runtime_error("super(): no arguments"))?;
                return vm.load_super(fi);
            }
            let c = match &args[0] {
                Value::Class(c) => c.clone(),
                other => {
                    return Err(exc::type_error(format!(
                        "super() argument 1 must be a type, not {}",
                        type_name(other)
                    )))
                }
            };
            let obj = args.get(1).cloned().unwrap_or(Value::None);
            Ok(crate::call::make_super(c, obj))
        }
        _ => Err(exc::type_error(format!(
            "cannot create '{}' instances",
            cls.name
        ))),
    }
}

fn int_err(s: &str, base: u32) -> crate::exc::PyErr {
    exc::value_error(format!(
        "invalid literal for int() with base {}: {}",
        base,
        crate::format::str_repr(s)
    ))
}

/// Parses an int from text with CPython's rules and messages.
pub fn parse_int(s: &str, base: u32) -> PyResult {
    match parse_int_literal(s, base) {
        Ok(ParsedInt::Small(i)) => Ok(Value::Int(i)),
        Ok(ParsedInt::Big(b)) => Ok(Value::from_bigint(b)),
        Err(IntParseError::Invalid) => Err(int_err(s, base)),
        Err(IntParseError::ExceedsDigitLimit { digits }) => Err(exc::value_error(format!(
            "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits
        ))),
    }
}

fn make_int(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [x, base] = bind_params("int", args, kw, ["", "base"], 0, 2)?;
    let x = match x {
        None if base.is_some() => return Err(exc::type_error("int() missing string argument")),
        None => return Ok(Value::Int(0)),
        Some(x) => x,
    };
    if let Some(b) = base {
        let b = match b {
            Value::Int(b) => b,
            Value::Bool(b) => b.get() as i64,
            other => {
                return Err(exc::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::types::type_name(&other)
                )))
            }
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(exc::value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match &x {
            Value::Str(s) => parse_int(s.as_str(), b as u32),
            Value::Bytes(bs) => parse_int(&String::from_utf8_lossy(bs), b as u32),
            _ => Err(exc::type_error(
                "int() can't convert non-string with explicit base",
            )),
        };
    }
    to_int(vm, &x)
}

/// `int(x)` for one argument.
pub fn to_int(vm: &mut Vm, x: &Value) -> PyResult {
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(b.get() as i64)),
        Value::Float(f) => {
            if f.get().is_nan() {
                return Err(exc::value_error("cannot convert float NaN to integer"));
            }
            if f.get().is_infinite() {
                return Err(exc::overflow_error(
                    "cannot convert float infinity to integer",
                ));
            }
            let t = f.get().trunc();
            if t.abs() < 9.2e18 {
                Ok(Value::Int(t as i64))
            } else {
                Ok(Value::from_bigint(crate::ops::compare::float_to_big(t)))
            }
        }
        Value::Str(s) => parse_int(s.as_str(), 10),
        Value::Bytes(b) => parse_int(&String::from_utf8_lossy(b), 10),
        Value::Instance(_) => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = vm.lookup_special(x, name) {
                    return vm.call(&f, std::slice::from_ref(x));
                }
            }
            if let Some(p) = vm.builtin_payload(x) {
                return to_int(vm, &p);
            }
            Err(exc::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(x)
            )))
        }
        _ => Err(exc::type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(x)
        ))),
    }
}

/// `float(x)`.
pub fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(b.get() as i64 as f64),
        Value::BigInt(b) => crate::ops::arith::big_to_f64(b),
        Value::Str(s) => parse_float(s.as_str()).ok_or_else(|| {
            exc::value_error(format!(
                "could not convert string to float: {}",
                crate::format::str_repr(s.as_str())
            ))
        }),
        Value::Bytes(b) => std::str::from_utf8(b)
            .ok()
            .and_then(parse_float)
            .ok_or_else(|| {
                exc::value_error(format!(
                    "could not convert string to float: {}",
                    crate::format::bytes_repr(b)
                ))
            }),
        Value::Instance(_) => {
            if let Some(f) = vm.lookup_special(v, "__float__") {
                let r = vm.call(&f, std::slice::from_ref(v))?;
                return match r {
                    Value::Float(f) => Ok(f.get()),
                    _ => Err(exc::type_error("__float__ returned non-float")),
                };
            }
            if let Some(f) = vm.lookup_special(v, "__index__") {
                let r = vm.call(&f, std::slice::from_ref(v))?;
                return to_float(vm, &r);
            }
            if let Some(p) = vm.builtin_payload(v) {
                return to_float(vm, &p);
            }
            Err(exc::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(v)
            )))
        }
        _ => Err(exc::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            type_name(v)
        ))),
    }
}

fn make_str(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [obj, encoding, errors] =
        bind_params("str", args, kw, ["object", "encoding", "errors"], 0, 3)?;
    let encoding = super::methods_bytes::codec_arg("str", "encoding", encoding.as_ref())?;
    let errors = super::methods_bytes::codec_arg("str", "errors", errors.as_ref())?;
    let Some(obj) = obj else {
        return Ok(Value::str(""));
    };
    if encoding.is_none() && errors.is_none() {
        return match &obj {
            Value::Str(_) => Ok(obj),
            _ => Ok(Value::string(vm.to_str(&obj)?)),
        };
    }
    match &obj {
        Value::Bytes(b) => {
            super::decode_bytes(b, encoding.as_deref(), errors.as_deref()).map(Value::string)
        }
        Value::Str(_) => Err(exc::type_error("decoding str is not supported")),
        other => Err(exc::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name(other)
        ))),
    }
}

fn make_bytes(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    let [src, encoding, errors] =
        bind_params("bytes", args, kw, ["source", "encoding", "errors"], 0, 3)?;
    let encoding = super::methods_bytes::codec_arg("bytes", "encoding", encoding.as_ref())?;
    let errors = super::methods_bytes::codec_arg("bytes", "errors", errors.as_ref())?;
    let Some(src) = src else {
        if encoding.is_some() || errors.is_some() {
            return Err(exc::type_error(if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        return Ok(Value::Bytes(Vec::new().into()));
    };
    if let Value::Str(s) = &src {
        let Some(enc) = encoding else {
            return Err(exc::type_error("string argument without an encoding"));
        };
        let b = super::encode_text(s.as_str(), &enc, errors.as_deref().unwrap_or("strict"))?;
        return Ok(Value::Bytes(b.into()));
    }
    if encoding.is_some() {
        return Err(exc::type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(exc::type_error("errors without a string argument"));
    }
    match &src {
        Value::Int(n) => {
            if *n < 0 {
                return Err(exc::value_error("negative count"));
            }
            if *n > 1 << 32 {
                return Err(exc::memory_error(""));
            }
            Ok(Value::Bytes(vec![0u8; *n as usize].into()))
        }
        Value::Bytes(_) => Ok(src.clone()),
        Value::Instance(_) if vm.lookup_special(&src, "__bytes__").is_some() => {
            let f = vm.lookup_special(&src, "__bytes__").expect("checked");
            let r = vm.call(&f, std::slice::from_ref(&src))?;
            match r {
                Value::Bytes(_) => Ok(r),
                other => Err(exc::type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    type_name(&other)
                ))),
            }
        }
        Value::Float(_) | Value::None => Err(exc::type_error(format!(
            "cannot convert '{}' object to bytes",
            type_name(&src)
        ))),
        v => {
            let items = vm.collect(v)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                match it {
                    Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                    Value::Int(_) | Value::BigInt(_) => {
                        return Err(exc::value_error("bytes must be in range(0, 256)"))
                    }
                    Value::Bool(b) => out.push(b.get() as u8),
                    other => {
                        return Err(exc::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            type_name(&other)
                        )))
                    }
                }
            }
            Ok(Value::Bytes(out.into()))
        }
    }
}
