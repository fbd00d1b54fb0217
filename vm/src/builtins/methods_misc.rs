//! Methods of generators, slices, ranges and property objects.

use super::args::method_arity;
use crate::exc;
use crate::interp::Vm;
use crate::object::func::Kwargs;
use crate::object::Obj;
use crate::object::Payload;
use crate::ops::SendResult;
use crate::types::{types, Types};
use crate::value::Value;
use crate::PyResult;

pub(super) fn register(t: &Types) {
    super::add_methods(
        &t.generator,
        "generator",
        &[
            ("send", gen_send),
            ("throw", gen_throw),
            ("close", gen_close),
            ("__next__", iter_next),
            ("__iter__", iter_self),
        ],
    );
    super::add_methods(
        &t.iterator,
        "iterator",
        &[("__next__", iter_next), ("__iter__", iter_self)],
    );
    super::add_methods(&t.slice, "slice", &[("indices", slice_indices)]);
    super::add_methods(
        &t.range,
        "range",
        &[("index", range_index), ("count", range_count)],
    );
    super::add_methods(
        &t.property,
        "property",
        &[
            ("setter", prop_setter),
            ("getter", prop_getter),
            ("deleter", prop_deleter),
        ],
    );
}

fn this_gen(v: &Value) -> PyResult<Obj<crate::object::Generator>> {
    match v {
        Value::Generator(g) => Ok(g.clone()),
        _ => Err(exc::type_error("generator expected")),
    }
}

fn gen_send(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("send", args, 1, 1)?;
    let g = this_gen(&args[0])?;
    match vm.gen_resume(&g, args[1].clone(), None)? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(exc::stop_iteration(v)),
    }
}

fn gen_throw(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("throw", args, 1, 3)?;
    let g = this_gen(&args[0])?;
    let e = match &args[1] {
        Value::Class(_) if args.len() > 2 && !args[2].is_none() => {
            let v = vm.call(&args[1], &[args[2].clone()])?;
            crate::exc::PyErr::from_value(v)
        }
        v @ (Value::Class(_) | Value::Instance(_)) if vm.make_exception_ok(v) => {
            vm.make_exception(v.clone())?
        }
        v => {
            return Err(exc::type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                crate::types::type_name(v)
            )))
        }
    };
    match vm.gen_resume(&g, Value::None, Some(e))? {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(exc::stop_iteration(v)),
    }
}

fn gen_close(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    close_generator(vm, &args[0]).map(|()| Value::None)
}

/// `g.close()`: raises GeneratorExit at the suspended yield and expects the
/// generator to finish.
pub(crate) fn close_generator(vm: &mut Vm, g: &Value) -> PyResult<()> {
    let g = this_gen(g)?;
    if matches!(&*g.state.lock(), crate::object::GeneratorState::Created(_)) {
        *g.state.lock() = crate::object::GeneratorState::Finished;
        return Ok(());
    }
    let e = crate::exc::PyErr::new(&types().generator_exit, vec![]);
    match vm.gen_resume(&g, Value::None, Some(e)) {
        Ok(SendResult::Yielded(_)) => Err(exc::runtime_error("generator ignored GeneratorExit")),
        Ok(SendResult::Returned(_)) => Ok(()),
        Err(e) if e.is(&types().generator_exit) || e.is(&types().stop_iteration) => Ok(()),
        Err(e) => Err(e),
    }
}

fn prop_parts(v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::Instance(i) => match &i.payload {
            Payload::Wrapper(p) => Ok(p.clone()),
            _ => Err(exc::type_error("property expected")),
        },
        _ => Err(exc::type_error("property expected")),
    }
}

fn prop_with(args: &[Value], slot: usize) -> PyResult {
    method_arity("setter", args, 1, 1)?;
    let mut parts = prop_parts(&args[0])?;
    parts[slot] = args[1].clone();
    Ok(super::wrapper(&types().property, parts))
}

fn prop_setter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    prop_with(args, 1)
}

fn prop_getter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    prop_with(args, 0)
}

fn prop_deleter(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    prop_with(args, 2)
}

fn slice_indices(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("indices", args, 1, 1)?;
    let s = match &args[0] {
        Value::Slice(s) => s.clone(),
        _ => return Err(exc::type_error("slice expected")),
    };
    let n = vm.index_value(&args[1])?;
    if n < 0 {
        return Err(exc::value_error("length should not be negative"));
    }
    let (start, stop, step, _) = vm.slice_params(&s, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

fn range_pos(vm: &mut Vm, args: &[Value]) -> PyResult<Option<Value>> {
    let r = match &args[0] {
        Value::Range(r) => r.clone(),
        _ => return Err(exc::type_error("range expected")),
    };
    if !vm.contains(&args[0], &args[1])? {
        return Ok(None);
    }
    let v: i128 = match &args[1] {
        Value::Int(i) => *i as i128,
        Value::Bool(b) => b.get() as i128,
        Value::BigInt(b) => num_traits::ToPrimitive::to_i128(&**b).unwrap_or(0),
        other => {
            // Equal non-int values (e.g. 2.0): find by iteration.
            for i in 0..r.len_i128().min(1 << 32) {
                if crate::ops::compare::eq(vm, &crate::object::int_value(r.get(i)), other)? {
                    return Ok(Some(crate::object::int_value(i)));
                }
            }
            return Ok(None);
        }
    };
    Ok(Some(crate::object::int_value((v - r.start) / r.step)))
}

fn range_index(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("index", args, 1, 1)?;
    match range_pos(vm, args)? {
        Some(i) => Ok(i),
        None => {
            let r = vm.repr(&args[1])?;
            Err(exc::value_error(format!("{} is not in range", r)))
        }
    }
}

fn range_count(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("count", args, 1, 1)?;
    Ok(Value::Int(range_pos(vm, args)?.is_some() as i64))
}

/// `it.__next__()` of a generator or built-in iterator: `next(it)`.
fn iter_next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__next__", args, 0, 0)?;
    if let Value::Generator(g) = &args[0] {
        let g = g.clone();
        return match vm.gen_resume(&g, Value::None, None)? {
            SendResult::Yielded(v) => Ok(v),
            SendResult::Returned(v) => Err(exc::stop_iteration(v)),
        };
    }
    match vm.next(&args[0])? {
        Some(v) => Ok(v),
        None => Err(exc::stop_iteration(Value::None)),
    }
}

/// `it.__iter__()` of an iterator: the iterator itself.
fn iter_self(_vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult {
    method_arity("__iter__", args, 0, 0)?;
    Ok(args[0].clone())
}
