//! The interpreter's calls and frame bookkeeping outside the dispatch
//! loop: calling callables from the stack (`call_at`, built-ins,
//! instantiation), entering and resuming frames, unwinding to a handler,
//! name lookups of class bodies, and the native-stack checks of re-entry.

use crate::object::Obj;
use std::sync::Arc;

use spindle_compiler::op::RaiseKind;

use super::*;
use crate::exc::{self, PyErr};
use crate::frame::{Frame, FrameCode};
use crate::object::{CodeObj, Globals, Tuple};
use crate::value::Value;
use crate::PyResult;

impl Vm {
    #[cold]
    #[inline(never)]
    pub(super) fn grow_stack(&mut self, additional: usize) {
        self.stack.reserve(additional);
    }

    /// Calls the plain built-in `p` (the callable at `ret_to`) with the
    /// arguments `args_start..` and pushes its result in the callable's
    /// place. The arguments move off the stack for the call (the built-in
    /// may run script code that grows the stack); a call that parks puts
    /// them back, so that it runs again, unchanged, when the goroutine is
    /// woken.
    #[inline(never)]
    pub(super) fn call_plain_builtin(
        &mut self,
        p: crate::object::func::BuiltinFn,
        args_start: usize,
        ret_to: usize,
    ) -> PyResult<()> {
        if crate::gc::weak::pending() {
            crate::gc::weak::run_pending(self);
        }
        const MAX: usize = 4;
        let n = self.stack.len() - args_start;
        if n > MAX {
            let args = self.stack.split_off(args_start);
            self.park_ok = true;
            let r = p(self, &args, &[]);
            self.park_ok = false;
            return match r {
                Ok(v) => {
                    self.stack.truncate(ret_to);
                    self.stack.push(v);
                    Ok(())
                }
                Err(e) => {
                    if e.is_park() {
                        self.stack.extend(args);
                    }
                    Err(e)
                }
            };
        }
        let mut buf: [std::mem::MaybeUninit<Value>; MAX] =
            [const { std::mem::MaybeUninit::uninit() }; MAX];
        // SAFETY: moves the `n` argument values from the end of the stack
        // into `buf`, then shortens the stack so they are owned only by
        // `buf`: a bitwise move, with no clone and no double drop. Each
        // moved value is dropped or moved back exactly once below (a panic
        // in the built-in leaks them, which is safe).
        let args: &[Value] = unsafe {
            // (A loop: a copy of a variable count calls `memcpy`.)
            let from = self.stack.as_ptr().add(args_start);
            for (k, slot) in buf.iter_mut().enumerate().take(n) {
                slot.write(crate::opstack::read_value(from.add(k)));
            }
            self.stack.set_len(args_start);
            std::slice::from_raw_parts(buf.as_ptr() as *const Value, n)
        };
        self.park_ok = true;
        let r = p(self, args, &[]);
        self.park_ok = false;
        let park = matches!(&r, Err(e) if e.is_park());
        for slot in &buf[..n] {
            // SAFETY: slots `..n` hold the moved arguments (see above),
            // each read out once here.
            let v = unsafe { slot.assume_init_read() };
            if park {
                self.stack.push(v);
            } else {
                v.release();
            }
        }
        let v = r?;
        self.stack.truncate(ret_to);
        self.stack.push(v);
        Ok(())
    }

    /// Finds a handler for `err`, popping frames without one. Returns Ok
    /// when a handler will run (its frame is on top with `ip` set), or the
    /// error when the entry frame was popped.
    pub(crate) fn unwind(&mut self, err: PyErr) -> Result<(), PyErr> {
        let err = err.with_context(&self.cur_exc);
        loop {
            let depth = self.frames.len();
            let f = self.frames.last_mut().expect("unwind with no frame");
            let at = f.ip.saturating_sub(1);
            err.add_traceback(&f.code.get().code, at, depth);
            let f = self.frames.last_mut().expect("frame");
            let code = &f.code.get().code;
            if let Some(h) = code.handler_for(at) {
                let depth = f.base + code.nslots() + h.depth as usize;
                f.ip = h.handler as usize;
                self.stack.truncate(depth);
                self.stack.push(err.value());
                return Ok(());
            }
            let f = self.frames.pop().expect("frame");
            self.stack.truncate(f.ret_to);
            if f.entry {
                return Err(err);
            }
        }
    }

    pub(super) fn cell_name(&self, code: &CodeObj, i: usize) -> Arc<str> {
        let c = &code.code;
        if i < c.cellvars.len() {
            c.cellvars[i].clone()
        } else {
            c.freevars[i - c.cellvars.len()].clone()
        }
    }

    pub(super) fn load_name(&self, fi: usize, name: &Arc<str>) -> Option<Value> {
        let f = &self.frames[fi];
        if let Some(ns) = &f.ns {
            if let Some(v) = ns.get_str(name) {
                return Some(v);
            }
        }
        if let Some(i) = f.globals().find_slot(name) {
            let v = f.globals().load(i);
            if !v.is_undef() {
                return Some(v);
            }
        }
        crate::builtins::lookup(name)
    }

    pub(super) fn store_name(&self, fi: usize, name: &Arc<str>, v: Value) {
        let f = &self.frames[fi];
        match &f.ns {
            Some(ns) => ns.set_native(Value::str(name), v),
            None => f.globals().set_by_name(name, v),
        }
    }

    pub(super) fn delete_name(&self, fi: usize, name: &Arc<str>) -> bool {
        let f = &self.frames[fi];
        match &f.ns {
            Some(ns) => {
                let k = Value::str(name);
                let h = crate::hash::hash_native(&k).unwrap_or(0);
                let mut g = ns.inner.lock();
                match g.lookup(h, &k) {
                    crate::object::Lookup::Found(i) => {
                        g.remove_at(i);
                        true
                    }
                    _ => false,
                }
            }
            None => match f.globals().find_slot(name) {
                Some(i) if !f.globals().get(i).is_undef() => {
                    f.globals().set(i, Value::Undef);
                    true
                }
                _ => false,
            },
        }
    }

    /// `next()` on the iterator at TOS for `ForIter`.
    pub(super) fn for_iter_next(&mut self) -> PyResult<Option<Value>> {
        let len = self.stack.len();
        // Fast paths for built-in iterators held only by this loop.
        if let Some(st) = unique_iter_state(&mut self.stack[len - 1]) {
            if let Some(r) = ops::iter_fast_next(st) {
                return Ok(r);
            }
        }
        let it = self.stack[len - 1].clone();
        self.next(&it)
    }

    pub(super) fn do_raise(&mut self, kind: RaiseKind) -> PyErr {
        match kind {
            RaiseKind::Reraise => {
                if self.cur_exc.is_none() {
                    exc::runtime_error("No active exception to reraise")
                } else {
                    PyErr::from_value(self.cur_exc.clone())
                }
            }
            RaiseKind::Raise => {
                let v = self.stack.pop().expect("stack underflow");
                match self.make_exception(v) {
                    Ok(e) => e,
                    Err(e) => e,
                }
            }
            RaiseKind::RaiseFrom => {
                let cause = self.stack.pop().expect("stack underflow");
                let v = self.stack.pop().expect("stack underflow");
                let e = match self.make_exception(v) {
                    Ok(e) => e,
                    Err(e) => return e,
                };
                let cause = if cause.is_none() {
                    Value::None
                } else {
                    if !self.make_exception_ok(&cause) {
                        return exc::type_error("exception causes must derive from BaseException");
                    }
                    match self.make_exception(cause) {
                        Ok(c) => c.value(),
                        Err(e) => return e,
                    }
                };
                e.set_cause(cause);
                e
            }
        }
    }

    /// Calls `f` at stack position `ret_to` with arguments `args_start..`.
    /// Returns None when a script frame was pushed (the loop continues in
    /// it), or the result of a native call.
    pub(super) fn call_at(
        &mut self,
        f: Value,
        args_start: usize,
        ret_to: usize,
        kwnames: Option<Obj<Tuple>>,
    ) -> PyResult<Option<Value>> {
        if let Value::Function(func) = &f {
            let code = &func.code.code;
            let nargs = self.stack.len() - args_start;
            if func.simple && kwnames.is_none() && nargs == code.argcount as usize {
                let nslots = func.code.nslots;
                if nslots > nargs {
                    self.stack.resize(args_start + nslots, Value::Undef);
                }
                let Value::Function(func) = f else {
                    unreachable!("matched above")
                };
                self.push_frame(func, args_start, ret_to, false, None)?;
                return Ok(None);
            }
        }
        if let Value::Class(cls) = &f {
            if kwnames.is_none() {
                if cls.builtin {
                    if self.stack.len() == args_start + 1 {
                        if let Some(v) = convert_fast(cls, &self.stack[args_start]) {
                            self.stack.truncate(ret_to);
                            return Ok(Some(v));
                        }
                    }
                } else if self.instantiate_at(cls, args_start, ret_to)? {
                    return Ok(None);
                }
            }
        }
        let native = match &f {
            Value::Builtin(_) | Value::Native(_) => true,
            Value::Method(m) => matches!(m.func, Value::Builtin(_)),
            _ => false,
        };
        if native {
            // The arguments move off the stack (most native calls take a
            // handful: no heap allocation, no reference counting). A call
            // that parks puts them and the callable back, so that it runs
            // again, unchanged, when the goroutine is woken.
            let mut args: smallvec::SmallVec<[Value; 6]> = smallvec::SmallVec::new();
            let bound = matches!(f, Value::Method(_));
            if let Value::Method(m) = &f {
                args.push(m.receiver.clone());
            }
            let n = self.stack.len() - args_start;
            args.reserve(n);
            // SAFETY: moves the `n` argument values from the end of the
            // stack into `args`' spare capacity (reserved above), then
            // shortens the stack so they are owned only by `args`: a
            // bitwise move, with no clone and no double drop.
            unsafe {
                let have = args.len();
                std::ptr::copy_nonoverlapping(
                    self.stack.as_ptr().add(args_start),
                    args.as_mut_ptr().add(have),
                    n,
                );
                args.set_len(have + n);
                self.stack.set_len(args_start);
            }
            let kw = split_kw_small(&mut args, kwnames.as_deref());
            let r = match &f {
                Value::Method(m) => self.call_native(&m.func, &args, &kw),
                _ => self.call_native(&f, &args, &kw),
            };
            return match r {
                Ok(v) => {
                    self.stack.truncate(ret_to);
                    Ok(Some(v))
                }
                Err(e) if e.is_park() => {
                    // split_kw_small moved the keyword values out.
                    args.extend(kw.into_iter().map(|(_, v)| v));
                    self.stack
                        .extend(args.into_iter().skip(if bound { 1 } else { 0 }));
                    self.stack[ret_to] = f;
                    Err(e)
                }
                Err(e) => Err(e),
            };
        }
        let mut args = self.stack.split_off(args_start);
        self.stack.truncate(ret_to);
        let kw = match kwnames {
            Some(names) => {
                let nkw = names.items.len();
                let kwvals = args.split_off(args.len() - nkw);
                names
                    .items
                    .iter()
                    .zip(kwvals)
                    .map(|(n, v)| (Arc::from(n.as_str().unwrap_or("")), v))
                    .collect()
            }
            None => Vec::new(),
        };
        self.call_dispatch(f, args, kw)
    }

    /// Instantiates a plain user class (no `__new__`, no built-in base)
    /// whose `__init__` takes the stack arguments positionally: the class's
    /// stack slot becomes `self` and the arguments stay where they are.
    /// Returns whether it did (false: the class needs the general path).
    #[inline]
    pub(super) fn instantiate_at(
        &mut self,
        cls: &Obj<crate::object::Class>,
        args_start: usize,
        ret_to: usize,
    ) -> PyResult<bool> {
        use crate::object::{ClassFlags, ClassKind, Instance, Payload};
        if cls.builtin
            || cls.kind != ClassKind::Object
            || cls.flags() & (ClassFlags::NEW | ClassFlags::META_CALL | ClassFlags::ABSTRACT) != 0
            || args_start != ret_to + 1
        {
            return Ok(false);
        }
        let Some(Value::Function(init)) = cls.lookup_cached(crate::intern::dunder_init()) else {
            return Ok(false);
        };
        let code = &init.code.code;
        let nargs = self.stack.len() - args_start;
        if !init.simple || nargs + 1 != code.argcount as usize || code.flags.generator {
            return Ok(false);
        }
        let inst = Obj::new(Instance::new(cls.clone(), Payload::None));
        let nslots = init.code.nslots;
        self.stack[ret_to] = Value::Instance(inst.clone());
        if nslots > nargs + 1 {
            self.stack.resize(ret_to + nslots, Value::Undef);
        }
        self.push_frame(init, ret_to, ret_to, false, Some(inst))?;
        Ok(true)
    }

    /// Starts a call of `f` from Rust without running it: a script
    /// function's frame is pushed as the entry frame (then `resume`);
    /// a native callable runs at once and its result is returned.
    pub fn start_call(
        &mut self,
        f: &Value,
        args: Vec<Value>,
        kw: Vec<(Arc<str>, Value)>,
    ) -> PyResult<Option<Value>> {
        match self.call_dispatch(f.clone(), args, kw)? {
            Some(v) => Ok(Some(v)),
            None => {
                if let Some(fr) = self.frames.last_mut() {
                    fr.entry = true;
                }
                Ok(None)
            }
        }
    }

    /// Pushes a module's top-level frame (as the entry frame) without running it.
    pub fn start_module(&mut self, code: Obj<CodeObj>, globals: Arc<Globals>) {
        let base = self.stack.len();
        let nslots = code.code.nslots();
        self.stack.resize(base + nslots, Value::Undef);
        self.frames.push(Frame {
            code: FrameCode::Module(code, globals),
            ip: 0,
            base,
            ret_to: base,
            ns: None,
            entry: true,
            init_self: None,
        });
    }

    /// Runs the started frames until they finish, park or are preempted.
    pub fn resume(&mut self) -> PyResult<Exit> {
        self.native_depth = 1;
        let r = self.run();
        self.native_depth = 0;
        r
    }

    /// The general call: binds arguments and pushes a frame for script
    /// functions (returns None), or runs native callables (returns Some).
    pub(crate) fn call_dispatch(
        &mut self,
        f: Value,
        args: Vec<Value>,
        kw: Vec<(Arc<str>, Value)>,
    ) -> PyResult<Option<Value>> {
        match &f {
            Value::Function(func) => {
                let func = func.clone();
                if func.code.code.flags.generator {
                    return self.make_generator(&func, args, &kw).map(Some);
                }
                let base = self.stack.len();
                if func.simple && kw.is_empty() && args.len() == func.code.code.argcount as usize {
                    // Positional call of a plain function: the arguments are the slots.
                    let nslots = func.code.code.nslots();
                    self.stack.extend(args);
                    self.stack.resize(base + nslots, Value::Undef);
                } else {
                    self.bind_args(&func, args, &kw)?;
                }
                self.push_frame(func, base, base, false, None)?;
                Ok(None)
            }
            Value::Method(m) => {
                let mut a = Vec::with_capacity(args.len() + 1);
                a.push(m.receiver.clone());
                a.extend(args);
                let inner = m.func.clone();
                self.call_dispatch(inner, a, kw)
            }
            Value::Class(cls) => {
                let cls = cls.clone();
                self.instantiate(&cls, args, kw)
            }
            _ => self.call_native(&f, &args, &kw).map(Some),
        }
    }

    /// `f(*args, **kwargs)`.
    pub(super) fn call_ex(
        &mut self,
        f: Value,
        args: Value,
        kwargs: Option<Value>,
    ) -> PyResult<Option<Value>> {
        let args = match &args {
            Value::Tuple(t) => t.items.to_vec(),
            other => self.collect(other)?,
        };
        let kw = match kwargs {
            Some(Value::Dict(d)) => {
                let items = d.inner.lock().items();
                let mut kw = Vec::with_capacity(items.len());
                for (k, v) in items {
                    match k {
                        Value::Str(s) => kw.push((Arc::from(s.as_str()), v)),
                        _ => return Err(exc::type_error("keywords must be strings")),
                    }
                }
                kw
            }
            _ => Vec::new(),
        };
        self.call_dispatch(f, args, kw)
    }

    /// Calls any callable from native code and returns its result.
    pub fn call(&mut self, f: &Value, args: &[Value]) -> PyResult<Value> {
        self.call_kw(f, args.to_vec(), Vec::new())
    }

    /// Calls any callable with keyword arguments from native code.
    pub fn call_kw(
        &mut self,
        f: &Value,
        args: Vec<Value>,
        kw: Vec<(Arc<str>, Value)>,
    ) -> PyResult<Value> {
        let depth = self.frames.len();
        match self.call_dispatch(f.clone(), args, kw)? {
            Some(v) => Ok(v),
            None => {
                debug_assert_eq!(self.frames.len(), depth + 1);
                self.run_entry()
            }
        }
    }

    /// Marks the frame just pushed as an entry frame and runs it to its
    /// return, guarding the native stack.
    pub(crate) fn run_entry(&mut self) -> PyResult<Value> {
        if let Some(f) = self.frames.last_mut() {
            f.entry = true;
        }
        if self.native_depth >= MAX_NATIVE_DEPTH || self.stack_remaining() < STACK_MARGIN {
            let f = self.frames.pop().expect("frame");
            self.stack.truncate(f.ret_to);
            return Err(exc::recursion_error());
        }
        // A native loop calling script code (list(it) over a never-ending
        // __next__) must reach a preemption/cancellation point too.
        self.budget -= 1;
        if self.budget <= 0 {
            if let Err(e) = self.preempt_native() {
                let f = self.frames.pop().expect("frame");
                self.stack.truncate(f.ret_to);
                return Err(e);
            }
        }
        self.run_nested("yield outside a generator frame")
    }

    /// Runs the entry frame just pushed, as a native re-entry of the loop.
    fn run_nested(&mut self, on_yield: &str) -> PyResult<Value> {
        self.native_depth += 1;
        let r = self.run();
        self.native_depth -= 1;
        match r? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(exc::internal(on_yield)),
            Exit::Parked | Exit::Preempt => {
                Err(exc::internal("stackless park under native re-entry"))
            }
        }
    }

    /// Runs a module's top-level code in `globals`.
    pub fn run_module_code(
        &mut self,
        code: Obj<CodeObj>,
        globals: Arc<Globals>,
    ) -> PyResult<Value> {
        self.start_module(code, globals);
        self.run_nested("yield at module level")
    }

    /// Native stack left: the goroutine's coroutine stack when on one,
    /// else the OS thread's.
    pub fn stack_remaining(&self) -> usize {
        match spindle_runtime::with_current(|cx| cx.and_then(|c| c.remaining_stack())) {
            Some(n) => n,
            None => {
                // On an OS thread: find its stack bounds once.
                let low = if self.stack_low == 0 {
                    crate::stack::thread_stack_low()
                } else {
                    self.stack_low
                };
                crate::stack::remaining(low)
            }
        }
    }

    /// RecursionError when native recursion (repr, ==, hash of nested
    /// containers) is about to exhaust the native stack.
    #[inline]
    pub fn check_stack(&self) -> PyResult<()> {
        if self.stack_remaining() < STACK_MARGIN {
            return Err(exc::recursion_error());
        }
        Ok(())
    }

    /// A fresh iterator value over a built-in sequence snapshot.
    pub fn values_iter(items: Vec<Value>) -> Value {
        Value::Iter(Obj::new(IterObj::new(
            "iterator",
            crate::object::IterState::Values(items, 0),
        )))
    }
}
