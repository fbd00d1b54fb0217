//! `collections`: the classes are Python (`prelude/collections.py`); this
//! file holds the native helpers they stand on: deque storage and its
//! mutators, the tuple constructor behind namedtuple, and Counter's
//! counting loop.

use crate::object::Obj;
use std::collections::VecDeque;
use std::sync::Arc;

use parking_lot::Mutex;

use crate::builtins::args::{arity, method_arity, no_kw};
use crate::exc;
use crate::interp::Vm;
use crate::object::func::{BuiltinImpl, Kwargs};
use crate::object::{Builtin, Class, Dict, Instance, NativeObj, Payload};
use crate::types::type_name;
use crate::value::Value;
use crate::PyResult;

pub fn module(vm: &mut Vm) -> PyResult<Value> {
    let m = super::prelude_module(
        vm,
        "collections",
        include_str!("prelude/collections.py"),
        &[
            ("_tuple_new", tuple_new),
            ("_isidentifier", isidentifier),
            ("_field_getter", field_getter),
            ("_caller_module", caller_module),
            ("_new_class", new_class),
            ("_count_elements", count_elements),
            ("_deque_init", deque_init),
            ("_deque_len", deque_len),
            ("_deque_iter", deque_iter),
            ("_deque_getitem", deque_getitem),
            ("_deque_setitem", deque_setitem),
            ("_deque_delitem", deque_delitem),
            ("_deque_repr", deque_repr),
            ("_deque_maxlen", deque_maxlen),
        ],
        vec![],
    )?;
    if let Value::Module(md) = &m {
        if let Some(Value::Class(c)) = md.globals.get_by_name("deque") {
            crate::builtins::add_methods(
                &c,
                "deque",
                &[
                    ("append", append),
                    ("appendleft", appendleft),
                    ("pop", pop),
                    ("popleft", popleft),
                    ("extend", extend),
                    ("extendleft", extendleft),
                    ("rotate", rotate),
                    ("clear", clear),
                    ("count", count),
                    ("index", index),
                    ("remove", remove),
                    ("insert", insert),
                    ("reverse", reverse),
                ],
            );
        }
    }
    Ok(m)
}

// ---------------------------------------------------------------- namedtuple

/// `_tuple_new(cls, iterable)`: `tuple.__new__(cls, iterable)`.
fn tuple_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("_tuple_new", args, 2, 2)?;
    match &args[0] {
        Value::Class(c) => {
            let c: Obj<Class> = c.clone();
            vm.new_instance(&c, &args[1..2], &[])
        }
        other => Err(exc::type_error(format!(
            "tuple.__new__(X): X is not a type object ({})",
            type_name(other)
        ))),
    }
}

/// `str.isidentifier()`.
fn isidentifier(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let s = args.first().and_then(|v| v.as_str()).unwrap_or("");
    let mut cs = s.chars();
    let ok = match cs.next() {
        Some(c) => (c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric()),
        None => false,
    };
    Ok(Value::bool(ok))
}

/// `_field_getter(i)`: a native `lambda self: self[i]` for field properties.
fn field_getter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("_field_getter", args, 1, 1)?;
    let i = args[0].as_i64().unwrap_or(0);
    let f = move |vm: &mut Vm, a: &[Value], _kw: Kwargs| -> PyResult {
        if let Some(Value::Tuple(t)) = vm.builtin_payload(&a[0]) {
            if let Some(v) = t.items.get(i as usize) {
                return Ok(v.clone());
            }
        }
        vm.getitem(&a[0], &Value::Int(i))
    };
    Ok(Value::Builtin(Obj::new(Builtin {
        name: Arc::from("_tuplegetter"),
        func: BuiltinImpl::Dyn(Arc::new(f)),
        owner: None,
        bound: None,
    })))
}

/// The module name of the script code that called the calling function.
fn caller_module(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult {
    let n = vm.frames.len();
    let f = if n >= 2 {
        &vm.frames[n - 2]
    } else {
        &vm.frames[n - 1]
    };
    Ok(Value::str(&f.globals().module_name))
}

/// `_new_class(name, bases, ns, module)`.
fn new_class(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("_new_class", args, 4, 4)?;
    let name: Arc<str> = Arc::from(args[0].as_str().unwrap_or("?"));
    let module: Arc<str> = Arc::from(args[3].as_str().unwrap_or("__main__"));
    let mut bases = Vec::new();
    for b in vm.collect(&args[1])? {
        if let Value::Class(c) = b {
            bases.push(c);
        }
    }
    let ns = match &args[2] {
        Value::Dict(d) => d.clone(),
        _ => return Err(exc::type_error("_new_class: namespace must be a dict")),
    };
    Ok(Value::Class(vm.create_class(
        name.clone(),
        name,
        module,
        bases,
        &ns,
    )?))
}

// ---------------------------------------------------------------- Counter

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1`.
fn count_elements(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("_count_elements", args, 2, 2)?;
    let it = vm.iter(&args[1])?;
    let d: Option<Obj<Dict>> = match &args[0] {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(i) => match &i.payload {
            Payload::Dict(d)
                if i.class
                    .lookup("__setitem__")
                    .is_none_or(|f| matches!(f, Value::Builtin(_))) =>
            {
                Some(d.clone())
            }
            _ => None,
        },
        _ => None,
    };
    while let Some(x) = vm.next(&it)? {
        match &d {
            Some(d) => {
                let cur = vm.dict_get(d, &x)?;
                let new = match cur {
                    None => Value::Int(1),
                    Some(Value::Int(n)) if n < i64::MAX => Value::Int(n + 1),
                    Some(v) => crate::ops::add(vm, &v, &Value::Int(1))?,
                };
                vm.dict_set(d, x, new)?;
            }
            None => {
                let get = vm.getattr(&args[0], "get")?;
                let cur = vm.call(&get, &[x.clone(), Value::Int(0)])?;
                let new = crate::ops::add(vm, &cur, &Value::Int(1))?;
                vm.setitem(&args[0], x, new)?;
            }
        }
    }
    Ok(Value::None)
}

// ---------------------------------------------------------------- deque

/// Moves the items of a deque's storage object into `out` (freeing a
/// deque of deques ... without recursion: `object::drop`).
pub(crate) fn take_native_items(n: &mut NativeObj, out: &mut Vec<Value>) {
    if let Some(st) = n.data.downcast_mut::<Mutex<DequeState>>() {
        out.extend(st.get_mut().items.drain(..));
    }
}

struct DequeState {
    items: VecDeque<Value>,
    maxlen: Option<usize>,
}

/// Instance attribute holding a deque's storage (not a valid identifier,
/// so scripts cannot collide with it).
const STATE: &str = "<deque>";

fn state(v: &Value) -> PyResult<Obj<NativeObj>> {
    if let Value::Instance(i) = v {
        if let Some(Value::Native(n)) = i.get_attr(STATE) {
            if n.data.is::<Mutex<DequeState>>() {
                return Ok(n);
            }
        }
    }
    Err(exc::type_error(format!(
        "descriptor requires a 'collections.deque' object but received a '{}'",
        type_name(v)
    )))
}

fn with<R>(v: &Value, f: impl FnOnce(&mut DequeState) -> R) -> PyResult<R> {
    let n = state(v)?;
    let m = n
        .data
        .downcast_ref::<Mutex<DequeState>>()
        .expect("checked by state()");
    let mut g = m.lock();
    Ok(f(&mut g))
}

fn deque_class_holder() -> &'static Obj<Class> {
    static C: std::sync::OnceLock<Obj<Class>> = std::sync::OnceLock::new();
    C.get_or_init(|| crate::builtins::native_class("deque_storage", "collections"))
}

fn deque_init(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    arity("deque", args, 3, 3)?;
    let maxlen = match &args[2] {
        Value::None => None,
        v => {
            let n = vm.index_value(v)?;
            if n < 0 {
                return Err(exc::value_error("maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let mut st = DequeState {
        items: VecDeque::new(),
        maxlen,
    };
    // Streamed: `deque(it, maxlen=n)` keeps n items, never the whole input.
    let source = vm.iter(&args[1])?;
    while let Some(x) = vm.next(&source)? {
        push_back(&mut st, x);
    }
    let inst: &Obj<Instance> = match &args[0] {
        Value::Instance(i) => i,
        _ => return Err(exc::type_error("deque.__init__ needs an instance")),
    };
    match inst.get_attr(STATE) {
        // Re-initialising an existing deque clears it first.
        Some(_) => {
            with(&args[0], move |s| *s = st)?;
        }
        None => inst.set_attr(
            crate::intern::intern(STATE),
            Value::Native(Obj::new(NativeObj {
                class: deque_class_holder().clone(),
                data: Box::new(Mutex::new(st)),
            })),
        ),
    }
    Ok(Value::None)
}

fn push_back(s: &mut DequeState, x: Value) {
    if s.maxlen == Some(0) {
        return;
    }
    if Some(s.items.len()) == s.maxlen {
        s.items.pop_front();
    }
    s.items.push_back(x);
}

fn push_front(s: &mut DequeState, x: Value) {
    if s.maxlen == Some(0) {
        return;
    }
    if Some(s.items.len()) == s.maxlen {
        s.items.pop_back();
    }
    s.items.push_front(x);
}

fn deque_len(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    with(&args[0], |s| Value::Int(s.items.len() as i64))
}

fn deque_maxlen(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    with(&args[0], |s| {
        s.maxlen.map_or(Value::None, |n| Value::Int(n as i64))
    })
}

fn snapshot(v: &Value) -> PyResult<Vec<Value>> {
    with(v, |s| s.items.iter().cloned().collect())
}

fn deque_iter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let mut items = snapshot(&args[0])?;
    if matches!(args.get(1), Some(Value::Bool(crate::value::BoolWord::TRUE))) {
        items.reverse();
    }
    Ok(Vm::values_iter(items))
}

fn deque_index(vm: &mut Vm, s: &Value, k: &Value) -> PyResult<i64> {
    match k {
        Value::Int(_) | Value::Bool(_) => Ok(k.as_i64().unwrap_or(0)),
        Value::Instance(_) if vm.lookup_special(k, "__index__").is_some() => vm.index_value(k),
        _ => {
            let _ = s;
            Err(exc::type_error(format!(
                "sequence index must be integer, not '{}'",
                type_name(k)
            )))
        }
    }
}

fn norm(i: i64, n: usize) -> Option<usize> {
    crate::protocol::norm_index(i, n)
}

fn deque_getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let i = deque_index(vm, &args[0], &args[1])?;
    with(&args[0], |s| {
        norm(i, s.items.len()).map(|i| s.items[i].clone())
    })?
    .ok_or_else(|| exc::index_error("deque index out of range"))
}

fn deque_setitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let i = deque_index(vm, &args[0], &args[1])?;
    let v = args[2].clone();
    let ok = with(&args[0], move |s| match norm(i, s.items.len()) {
        Some(i) => {
            s.items[i] = v;
            true
        }
        None => false,
    })?;
    if ok {
        Ok(Value::None)
    } else {
        Err(exc::index_error("deque index out of range"))
    }
}

fn deque_delitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let i = deque_index(vm, &args[0], &args[1])?;
    let ok = with(&args[0], |s| match norm(i, s.items.len()) {
        Some(i) => {
            s.items.remove(i);
            true
        }
        None => false,
    })?;
    if ok {
        Ok(Value::None)
    } else {
        Err(exc::index_error("deque index out of range"))
    }
}

fn deque_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    let name = crate::types::class_of(&args[0]).name.clone();
    let (items, maxlen) = with(&args[0], |s| {
        (s.items.iter().cloned().collect::<Vec<_>>(), s.maxlen)
    })?;
    let body = vm.repr(&Value::list(items))?;
    Ok(Value::string(match maxlen {
        Some(m) => format!("{}({}, maxlen={})", name, body, m),
        None => format!("{}({})", name, body),
    }))
}

fn append(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("append", kw)?;
    method_arity("append", args, 1, 1)?;
    let x = args[1].clone();
    with(&args[0], move |s| push_back(s, x))?;
    Ok(Value::None)
}

fn appendleft(_vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult {
    no_kw("appendleft", kw)?;
    method_arity("appendleft", args, 1, 1)?;
    let x = args[1].clone();
    with(&args[0], move |s| push_front(s, x))?;
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("pop", args, 0, 0)?;
    with(&args[0], |s| s.items.pop_back())?
        .ok_or_else(|| exc::index_error("pop from an empty deque"))
}

fn popleft(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("popleft", args, 0, 0)?;
    with(&args[0], |s| s.items.pop_front())?
        .ok_or_else(|| exc::index_error("pop from an empty deque"))
}

fn extend(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("extend", args, 1, 1)?;
    let items = vm.collect(&args[1])?;
    with(&args[0], move |s| {
        for x in items {
            push_back(s, x);
        }
    })?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("extendleft", args, 1, 1)?;
    let items = vm.collect(&args[1])?;
    with(&args[0], move |s| {
        for x in items {
            push_front(s, x);
        }
    })?;
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("rotate", args, 0, 1)?;
    let n = match args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    with(&args[0], |s| {
        let len = s.items.len() as i64;
        if len > 1 {
            let k = n.rem_euclid(len) as usize;
            s.items.rotate_right(k);
        }
    })?;
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("clear", args, 0, 0)?;
    with(&args[0], |s| s.items.clear())?;
    Ok(Value::None)
}

fn count(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("count", args, 1, 1)?;
    let mut n = 0;
    for x in snapshot(&args[0])? {
        if x.is(&args[1]) || crate::ops::compare::eq(vm, &x, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn find(vm: &mut Vm, d: &Value, x: &Value, start: i64, stop: i64) -> PyResult<Option<usize>> {
    let items = snapshot(d)?;
    let n = items.len() as i64;
    let clamp = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let (a, b) = (clamp(start), clamp(stop));
    for (i, v) in items.iter().enumerate().take(b).skip(a) {
        if v.is(x) || crate::ops::compare::eq(vm, v, x)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn not_in(vm: &mut Vm, x: &Value) -> PyResult<crate::PyErr> {
    Ok(exc::value_error(format!("{} is not in deque", vm.repr(x)?)))
}

fn index(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("index", args, 1, 3)?;
    let start = match args.get(2) {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    let stop = match args.get(3) {
        Some(v) => vm.index_value(v)?,
        None => i64::MAX,
    };
    match find(vm, &args[0], &args[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(not_in(vm, &args[1])?),
    }
}

fn remove(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("remove", args, 1, 1)?;
    match find(vm, &args[0], &args[1], 0, i64::MAX)? {
        Some(i) => {
            with(&args[0], |s| {
                if i < s.items.len() {
                    s.items.remove(i);
                }
            })?;
            Ok(Value::None)
        }
        None => Err(not_in(vm, &args[1])?),
    }
}

fn insert(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("insert", args, 2, 2)?;
    let i = vm.index_value(&args[1])?;
    let x = args[2].clone();
    let ok = with(&args[0], move |s| {
        if Some(s.items.len()) == s.maxlen {
            return false;
        }
        let n = s.items.len() as i64;
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
        s.items.insert(i, x);
        true
    })?;
    if ok {
        Ok(Value::None)
    } else {
        Err(exc::index_error("deque already at its maximum size"))
    }
}

fn reverse(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("reverse", args, 0, 0)?;
    with(&args[0], |s| s.items.make_contiguous().reverse())?;
    Ok(Value::None)
}
