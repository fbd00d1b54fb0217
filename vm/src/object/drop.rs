//! Non-recursive destruction of nested containers.
//!
//! Dropping `[[[...]]]` 10^6 deep through the derived destructors recurses
//! once per level and overflows the native stack. The `Drop` impls of the
//! containers below hand their children to [`drain`] instead, which walks
//! the structure with an explicit work list: a child that is the last
//! reference to its own container is emptied into the list before it is
//! dropped, so every destructor that actually runs finds an empty shell.

use crate::object::Obj;

use super::class::Payload;
use crate::value::Value;

/// If `v` holds the last reference to a container, moves the container's
/// children into `out` (the container is left empty).
fn take_children(v: &mut Value, out: &mut Vec<Value>) {
    match v {
        Value::List(a) => {
            if let Some(l) = Obj::get_mut(a) {
                out.append(l.items.get_mut());
            }
        }
        Value::Tuple(a) => {
            if let Some(t) = Obj::get_mut(a) {
                out.extend(std::mem::take(&mut t.items).into_vec());
            }
        }
        Value::Dict(a) => {
            if let Some(d) = Obj::get_mut(a) {
                d.inner.get_mut().take_all(out);
            }
        }
        Value::Set(a) | Value::FrozenSet(a) => {
            if let Some(s) = Obj::get_mut(a) {
                s.inner.get_mut().take_all(out);
            }
        }
        Value::Instance(a) => {
            if let Some(i) = Obj::get_mut(a) {
                take_instance(i, out);
            }
        }
        Value::Cell(a) => {
            if let Some(c) = Obj::get_mut(a) {
                out.push(std::mem::replace(c.value.get_mut(), Value::None));
            }
        }
        Value::Function(a) => {
            if let Some(f) = Obj::get_mut(a) {
                take_function(f, out);
            }
        }
        Value::Method(a) => {
            if let Some(m) = Obj::get_mut(a) {
                out.push(std::mem::replace(&mut m.receiver, Value::None));
                out.push(std::mem::replace(&mut m.func, Value::None));
            }
        }
        Value::Iter(a) => {
            if let Some(it) = Obj::get_mut(a) {
                take_iter(it.state.get_mut(), out);
            }
        }
        Value::Generator(a) => {
            if let Some(g) = Obj::get_mut(a) {
                take_generator(g.state.get_mut(), out);
            }
        }
        Value::Slice(a) => {
            if let Some(s) = Obj::get_mut(a) {
                out.push(std::mem::replace(&mut s.start, Value::None));
                out.push(std::mem::replace(&mut s.stop, Value::None));
                out.push(std::mem::replace(&mut s.step, Value::None));
            }
        }
        Value::Native(a) => {
            if let Some(n) = Obj::get_mut(a) {
                crate::stdlib::collections::take_native_items(n, out);
            }
        }
        _ => {}
    }
}

/// Moves the values a built-in iterator holds (the iterators it wraps)
/// into `out`: a `map` of a `map` of ... 100,000 deep is freed without
/// recursion.
pub(super) fn take_iter(st: &mut super::IterState, out: &mut Vec<Value>) {
    use super::IterState as S;
    match std::mem::replace(st, S::Exhausted) {
        S::Enumerate(a, b) | S::Filter(a, b) | S::Callable(a, b) => {
            out.push(a);
            out.push(b);
        }
        S::Zip(its, _) => out.extend(its),
        S::Map(f, its) => {
            out.push(f);
            out.extend(its);
        }
        S::SeqGetItem(v, _) => out.push(v),
        S::Values(vs, _) => out.extend(vs),
        S::List(l, _) | S::ListReversed(l, _) => out.push(Value::List(l)),
        S::Tuple(t, _) => out.push(Value::Tuple(t)),
        S::DictKeys(d, ..) | S::DictValues(d, ..) | S::DictItems(d, ..) => out.push(Value::Dict(d)),
        _ => {}
    }
}

/// Moves a suspended generator's frame values (and the function it runs)
/// into `out`: chains of generators wrapping generators free iteratively.
pub(super) fn take_generator(st: &mut super::GeneratorState, out: &mut Vec<Value>) {
    use super::GeneratorState as G;
    if let G::Created(sf) | G::Suspended(sf) = std::mem::replace(st, G::Finished) {
        let crate::frame::SavedFrame { frame, mut stack } = sf;
        out.append(&mut stack);
        if let crate::frame::FrameCode::Func(f) = frame.code {
            out.push(Value::Function(f));
        }
    }
}

pub(super) fn take_instance(i: &mut super::Instance, out: &mut Vec<Value>) {
    out.extend(i.attrs.get_mut().drain(..).map(|(_, v)| v));
    match std::mem::replace(&mut i.payload, Payload::None) {
        Payload::List(l) => out.push(Value::List(l)),
        Payload::Dict(d) => out.push(Value::Dict(d)),
        Payload::Value(v) => out.push(v.into_inner()),
        Payload::Wrapper(vs) => out.extend(vs),
        Payload::Exc(e) => {
            let e = e.into_inner();
            out.push(e.args);
            out.push(e.cause);
            out.push(e.context);
        }
        Payload::None => {}
    }
}

pub(super) fn take_function(f: &mut super::Function, out: &mut Vec<Value>) {
    out.append(&mut f.defaults);
    out.extend(f.kwdefaults.drain(..).map(|(_, v)| v));
    out.append(&mut f.closure);
    out.extend(f.attrs.get_mut().drain(..).map(|(_, v)| v));
}

/// Drops `work` and everything only it keeps alive, without recursion.
pub(crate) fn drain(mut work: Vec<Value>) {
    // Fast path: nothing below can nest (the common case of a list of
    // numbers or strings).
    if work.iter().all(|v| !may_nest(v)) {
        return;
    }
    while let Some(mut v) = work.pop() {
        take_children(&mut v, &mut work);
        drop(v);
    }
}

fn may_nest(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Instance(_)
            | Value::Cell(_)
            | Value::Function(_)
            | Value::Method(_)
            | Value::Iter(_)
            | Value::Generator(_)
            | Value::Slice(_)
            | Value::Native(_)
    )
}

impl Drop for super::List {
    fn drop(&mut self) {
        drain(std::mem::take(self.items.get_mut()));
    }
}

impl Drop for super::Tuple {
    fn drop(&mut self) {
        drain(std::mem::take(&mut self.items).into_vec());
    }
}

impl Drop for super::DictInner {
    fn drop(&mut self) {
        let mut out = Vec::new();
        self.take_all(&mut out);
        drain(out);
    }
}

impl Drop for super::Instance {
    fn drop(&mut self) {
        // Fast path: attributes that cannot nest (numbers, strings...) and
        // no payload are dropped in place by the field destructors.
        if matches!(self.payload, Payload::None)
            && self.attrs.get_mut().iter().all(|(_, v)| !may_nest(v))
        {
            return;
        }
        let mut out = Vec::new();
        take_instance(self, &mut out);
        drain(out);
    }
}

impl Drop for super::SliceObj {
    fn drop(&mut self) {
        if may_nest(&self.start) || may_nest(&self.stop) || may_nest(&self.step) {
            drain(vec![
                std::mem::replace(&mut self.start, Value::None),
                std::mem::replace(&mut self.stop, Value::None),
                std::mem::replace(&mut self.step, Value::None),
            ]);
        }
    }
}

impl Drop for super::CellObj {
    fn drop(&mut self) {
        drain(vec![std::mem::replace(self.value.get_mut(), Value::None)]);
    }
}

impl Drop for super::Function {
    fn drop(&mut self) {
        let mut out = Vec::new();
        take_function(self, &mut out);
        drain(out);
    }
}

impl Drop for super::IterObj {
    fn drop(&mut self) {
        let mut out = Vec::new();
        take_iter(self.state.get_mut(), &mut out);
        drain(out);
    }
}

impl Drop for super::Generator {
    fn drop(&mut self) {
        let mut out = Vec::new();
        take_generator(self.state.get_mut(), &mut out);
        drain(out);
    }
}
