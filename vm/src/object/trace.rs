//! What each heap type tells the cycle collector (`crate::gc`): whether it
//! is tracked, how to visit the tracked objects it references, and how to
//! let go of its references when it is part of unreachable garbage.
//!
//! The visits run while the world is stopped, so no mutator holds a
//! container lock for longer than one operation; a lock that is held
//! anyway (a thread outside the interpreter, such as a host thread) is
//! reported by returning false, and the collector then treats the object
//! as referenced from outside. Immutable parts (a tuple's items, a
//! function's defaults) are read without a lock and cannot be cleared;
//! every cycle runs through at least one mutable object, whose clear
//! breaks it.

use num_bigint::BigInt;

use super::class::Payload;
use super::heap::{flags, GcNode, Obj, Trace};
use super::{
    BoundMethod, Builtin, CellObj, Class, CodeObj, Dict, Function, Generator, Instance, IterObj,
    IterState, List, Module, NativeObj, RangeObj, SetObj, SliceObj, Str, Tuple,
};
use crate::frame::{FrameCode, SavedFrame};
use crate::value::Value;

type Visit<'a> = &'a mut dyn FnMut(*const GcNode);

/// Visits `v` if it is a tracked object.
#[inline]
pub(crate) fn visit_value(v: &Value, visit: Visit) {
    if let Some(n) = tracked_node(v) {
        visit(n);
    }
}

/// The collector node of a value of a tracked kind.
#[inline]
pub(crate) fn tracked_node(v: &Value) -> Option<*const GcNode> {
    match v {
        Value::List(o) => Obj::node(o),
        Value::Tuple(o) => Obj::node(o),
        Value::Dict(o) => Obj::node(o),
        Value::Set(o) | Value::FrozenSet(o) => Obj::node(o),
        Value::Function(o) => Obj::node(o),
        Value::Method(o) => Obj::node(o),
        Value::Class(o) => Obj::node(o),
        Value::Instance(o) => Obj::node(o),
        Value::Generator(o) => Obj::node(o),
        Value::Iter(o) => Obj::node(o),
        Value::Cell(o) => Obj::node(o),
        _ => None,
    }
}

/// Whether `v` is (or may become) a tracked object: what a tuple or an
/// iterator holding it must know to decide whether to join the collector.
#[inline]
fn may_track(v: &Value) -> bool {
    match tracked_node(v) {
        // SAFETY: the value holds the object alive.
        Some(n) => {
            (unsafe { (*n).flags.load(std::sync::atomic::Ordering::Relaxed) } & flags::TRACKED) != 0
        }
        None => false,
    }
}

fn visit_obj<T: Trace>(o: &Obj<T>, visit: Visit) {
    if let Some(n) = Obj::node(o) {
        visit(n);
    }
}

macro_rules! untracked {
    ($($t:ty => $variant:ident),* $(,)?) => {$(
        impl Trace for $t {
            const NAME: &'static str = stringify!($t);
            fn wrap(o: Obj<Self>) -> Value {
                Value::$variant(o)
            }
        }
    )*};
}

untracked! {
    BigInt => BigInt,
    Str => Str,
    Vec<u8> => Bytes,
    RangeObj => Range,
    SliceObj => Slice,
    Builtin => Builtin,
    Module => Module,
    NativeObj => Native,
    CodeObj => Code,
}

impl Trace for List {
    const NODE: bool = true;
    const NAME: &'static str = "list";
    fn traverse(&self, visit: Visit) -> bool {
        let Some(items) = self.items.try_lock() else {
            return false;
        };
        items.iter().for_each(|v| visit_value(v, visit));
        true
    }
    fn clear(&self, out: &mut Vec<Value>) {
        out.append(&mut self.items.lock());
    }
    fn wrap(o: Obj<Self>) -> Value {
        Value::List(o)
    }
}

impl Trace for Tuple {
    const NODE: bool = true;
    const NAME: &'static str = "tuple";
    /// A tuple of numbers and strings can never be part of a cycle (its
    /// items never change), so it stays out of the collector's lists.
    fn track(&self) -> bool {
        self.items.iter().any(may_track)
    }
    fn traverse(&self, visit: Visit) -> bool {
        self.items.iter().for_each(|v| visit_value(v, visit));
        true
    }
    fn wrap(o: Obj<Self>) -> Value {
        Value::Tuple(o)
    }
}

/// A dict's or set's table: every key and value.
fn traverse_table(table: &parking_lot::Mutex<super::DictInner>, visit: Visit) -> bool {
    let Some(d) = table.try_lock() else {
        return false;
    };
    d.for_each_ref(|v| visit_value(v, visit));
    true
}

impl Trace for Dict {
    const NODE: bool = true;
    const NAME: &'static str = "dict";
    fn traverse(&self, visit: Visit) -> bool {
        traverse_table(&self.inner, visit)
    }
    fn clear(&self, out: &mut Vec<Value>) {
        self.inner.lock().take_all(out);
    }
    fn wrap(o: Obj<Self>) -> Value {
        Value::Dict(o)
    }
}

impl Trace for SetObj {
    const NODE: bool = true;
    const NAME: &'static str = "set";
    fn traverse(&self, visit: Visit) -> bool {
        traverse_table(&self.inner, visit)
    }
    fn clear(&self, out: &mut Vec<Value>) {
        self.inner.lock().take_all(out);
    }
    fn wrap(o: Obj<Self>) -> Value {
        Value::Set(o)
    }
}

impl Trace for Function {
    const NODE: bool = true;
    const NAME: &'static str = "function";
    fn traverse(&self, visit: Visit) -> bool {
        let Some(attrs) = self.attrs.try_lock() else {
            return false;
        };
        attrs.iter().for_each(|(_, v)| visit_value(v, visit));
        self.defaults.iter().for_each(|v| visit_value(v, visit));
        self.kwdefaults
            .iter()
            .for_each(|(_, v)| visit_value(v, visit));
        self.closure.iter().for_each(|v| visit_value(v, visit));
        true
    }
    fn clear(&self, out: &mut Vec<Value>) {
        out.extend(self.attrs.lock().drain(..).map(|(_, v)| v));
    }
    fn wrap(o: Obj<Self>) -> Value {
        Value::Function(o)
    }
}

impl Trace for BoundMethod {
    const NODE: bool = true;
    const NAME: &'static str = "method";
    fn traverse(&self, visit: Visit) -> bool {
        visit_value(&self.receiver, visit);
        visit_value(&self.func, visit);
        true
    }
    fn wrap(o: Obj<Self>) -> Value {
        Value::Method(o)
    }
}

impl Trace for Class {
    const NODE: bool = true;
    const NAME: &'static str = "type";
    fn traverse(&self, visit: Visit) -> bool {
        let Some(dict) = self.dict.try_read() else {
            return false;
        };
        dict.values().for_each(|v| visit_value(v, visit));
        self.bases.iter().for_each(|c| visit_obj(c, visit));
        self.mro.iter().for_each(|c| visit_obj(c, visit));
        if let Some(m) = &self.meta {
            visit_obj(m, visit);
        }
        true
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if !self.builtin {
            out.extend(self.dict.write().drain().map(|(_, v)| v));
            Class::bump_epoch();
        }
    }
    fn wrap(o: Obj<Self>) -> Value {
        Value::Class(o)
    }
}

impl Trace for Instance {
    const NODE: bool = true;
    const NAME: &'static str = "object";
    /// Takes every lock it needs before visiting anything: a visit that
    /// stopped halfway would leave the collector's counts inconsistent.
    fn traverse(&self, visit: Visit) -> bool {
        let Some(attrs) = self.attrs.try_lock() else {
            return false;
        };
        match &self.payload {
            Payload::Exc(e) => {
                let Some(e) = e.try_lock() else {
                    return false;
                };
                visit_value(&e.args, visit);
                visit_value(&e.cause, visit);
                visit_value(&e.context, visit);
            }
            Payload::Value(v) => {
                let Some(v) = v.try_read() else {
                    return false;
                };
                visit_value(&v, visit);
            }
            Payload::List(l) => visit_obj(l, visit),
            Payload::Dict(d) => visit_obj(d, visit),
            Payload::Wrapper(vs) => vs.iter().for_each(|v| visit_value(v, visit)),
            Payload::None => {}
        }
        visit_obj(&self.class, visit);
        attrs.iter().for_each(|(_, v)| visit_value(v, visit));
        true
    }
    fn clear(&self, out: &mut Vec<Value>) {
        out.extend(self.attrs.lock().drain(..).map(|(_, v)| v));
        match &self.payload {
            Payload::Exc(e) => {
                let mut e = e.lock();
                out.push(std::mem::replace(&mut e.args, Value::None));
                out.push(std::mem::replace(&mut e.cause, Value::None));
                out.push(std::mem::replace(&mut e.context, Value::None));
            }
            Payload::Value(v) => out.push(std::mem::replace(&mut *v.write(), Value::None)),
            _ => {}
        }
    }
    fn has_finalizer(&self) -> bool {
        self.class.has_del()
    }
    fn wrap(o: Obj<Self>) -> Value {
        Value::Instance(o)
    }
}

fn visit_saved(sf: &SavedFrame, visit: Visit) {
    sf.stack.iter().for_each(|v| visit_value(v, visit));
    if let FrameCode::Func(f) = &sf.frame.code {
        visit_obj(f, visit);
    }
    if let Some(ns) = &sf.frame.ns {
        visit_obj(ns, visit);
    }
    if let Some(i) = &sf.frame.init_self {
        visit_obj(i, visit);
    }
}

impl Trace for Generator {
    const NODE: bool = true;
    const NAME: &'static str = "generator";
    fn traverse(&self, visit: Visit) -> bool {
        use super::GeneratorState as G;
        let Some(st) = self.state.try_lock() else {
            return false;
        };
        if let G::Created(sf) | G::Suspended(sf) = &*st {
            visit_saved(sf, visit);
        }
        true
    }
    fn clear(&self, out: &mut Vec<Value>) {
        use super::GeneratorState as G;
        let st = std::mem::replace(&mut *self.state.lock(), G::Finished);
        let mut st = st;
        super::drop::take_generator(&mut st, out);
    }
    fn wrap(o: Obj<Self>) -> Value {
        Value::Generator(o)
    }
}

impl Trace for IterObj {
    const NODE: bool = true;
    const NAME: &'static str = "iterator";
    /// Iterators over a sequence, a str or a range (every `for` loop makes
    /// one) stay out; those that hold arbitrary values (map, zip, a
    /// callable) join.
    fn track(&self) -> bool {
        use IterState as S;
        match &*self.state.lock() {
            S::Enumerate(a, b) | S::Filter(a, b) | S::Callable(a, b) => {
                may_track(a) || may_track(b)
            }
            S::Zip(vs, _) | S::Values(vs, _) => vs.iter().any(may_track),
            S::Map(f, vs) => may_track(f) || vs.iter().any(may_track),
            S::SeqGetItem(v, _) => may_track(v),
            _ => false,
        }
    }
    fn traverse(&self, visit: Visit) -> bool {
        use IterState as S;
        let Some(st) = self.state.try_lock() else {
            return false;
        };
        match &*st {
            S::Enumerate(a, b) | S::Filter(a, b) | S::Callable(a, b) => {
                visit_value(a, visit);
                visit_value(b, visit);
            }
            S::Zip(vs, _) | S::Values(vs, _) => vs.iter().for_each(|v| visit_value(v, visit)),
            S::Map(f, vs) => {
                visit_value(f, visit);
                vs.iter().for_each(|v| visit_value(v, visit));
            }
            S::SeqGetItem(v, _) => visit_value(v, visit),
            S::List(l, _) | S::ListReversed(l, _) => visit_obj(l, visit),
            S::Tuple(t, _) => visit_obj(t, visit),
            S::DictKeys(d, ..) | S::DictValues(d, ..) | S::DictItems(d, ..) => visit_obj(d, visit),
            _ => {}
        }
        true
    }
    fn clear(&self, out: &mut Vec<Value>) {
        super::drop::take_iter(&mut self.state.lock(), out);
    }
    fn wrap(o: Obj<Self>) -> Value {
        Value::Iter(o)
    }
}

impl Trace for CellObj {
    const NODE: bool = true;
    const NAME: &'static str = "cell";
    fn traverse(&self, visit: Visit) -> bool {
        let Some(v) = self.value.try_lock() else {
            return false;
        };
        visit_value(&v, visit);
        true
    }
    fn clear(&self, out: &mut Vec<Value>) {
        out.push(std::mem::replace(&mut *self.value.lock(), Value::Undef));
    }
    fn wrap(o: Obj<Self>) -> Value {
        Value::Cell(o)
    }
}
