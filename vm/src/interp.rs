//! The interpreter loop.
//!
//! One `Vm` per goroutine owns a value stack and a frame stack. `run` is one
//! `loop { match op { ... } }` with the hot state (instruction pointer,
//! frame base, code pointer) in locals; slow paths are methods elsewhere
//! (`call`, `ops`, `protocol`). Script-to-script calls push a frame and
//! continue the same loop, so script recursion never grows the Rust stack.
//! Native code that calls back into scripts (sort keys, dunders, `map`)
//! enters `run` again with an *entry* frame; that nesting is bounded by
//! `MAX_NATIVE_DEPTH`. Calls made from the loop's general arms, frame
//! entry, unwinding and re-entry live in `interp/calls.rs`.

use crate::object::Obj;
use std::sync::Arc;

use spindle_compiler::op::{BinOp, CmpOp, Count, FmtFlags, Op};

use crate::context::Context;
use crate::exc::{self, PyErr};
use crate::frame::{Frame, FrameCode};
use crate::object::{CodeObj, Function, IterObj, Tuple};
use crate::ops;
use crate::value::Value;
use crate::PyResult;

mod calls;

/// Nested native re-entries of the interpreter allowed before
/// RecursionError (each costs a few KiB of native stack).
pub const MAX_NATIVE_DEPTH: usize = 200;

/// Native stack kept free below a re-entry of the interpreter (one level
/// costs about 3 KiB in release builds, 25 KiB in debug builds).
pub const STACK_MARGIN: usize = 128 * 1024;

/// Instructions between preemption checks.
pub const BUDGET: i32 = 10_000;

/// How `run` left its entry frame.
pub enum Exit {
    Return(Value),
    Yield(Value),
    /// A blocking call parked the goroutine (stackless); resume re-executes it.
    Parked,
    /// The preemption budget ran out; resume continues where it stopped.
    Preempt,
}

/// Overwrites a stack slot that holds an inline value (int, bool, float,
/// None) without running a destructor it does not need.
#[inline(always)]
fn put_inline(slot: &mut Value, v: Value) {
    std::mem::forget(std::mem::replace(slot, v));
}

/// The callable of a call, moved out of its stack slot (the slot is
/// discarded when the call returns; a native call that parks puts it back,
/// see `call_at`).
#[inline(always)]
fn take_callee(slot: &mut Value) -> Value {
    std::mem::replace(slot, Value::None)
}

/// The state of the iterator `v` when `v` holds the only reference to it
/// (the usual case: the hidden iterator of a `for` loop).
#[inline(always)]
fn unique_iter_state(v: &mut Value) -> Option<&mut crate::object::IterState> {
    let Value::Iter(it) = v else {
        return None;
    };
    if Obj::strong_count(it) != 1 {
        return None;
    }
    // Acquire: pairs with the Release decrement by which the last other
    // owner gave up its reference, so its writes to the state are visible.
    std::sync::atomic::fence(std::sync::atomic::Ordering::Acquire);
    // SAFETY: the VM never makes a `Weak` to an iterator, so a strong count
    // of 1 means the handle we hold through `&mut Value` is the only
    // reference anywhere: no other thread can reach the state, and none
    // can gain a reference while we hold the exclusive borrow. This is
    // `Arc::get_mut` without its guard against `Weak` upgrades (a CAS per
    // loop iteration).
    Some(unsafe { &mut *it.state.data_ptr() })
}

/// `str(x)`, `int(x)` and `float(x)` for the argument kinds scripts
/// convert most (ints and strs), without the general constructor; None
/// sends every other case (errors included) down the general path.
fn convert_fast(cls: &crate::object::Class, arg: &Value) -> Option<Value> {
    let t = crate::types::types();
    if std::ptr::eq(cls, &*t.str_) {
        return match arg {
            Value::Int(i) => Some(Value::int_str(*i)),
            Value::Str(_) => Some(arg.clone()),
            _ => None,
        };
    }
    if std::ptr::eq(cls, &*t.int) {
        return match arg {
            Value::Int(_) => Some(arg.clone()),
            Value::Str(s) => match small_decimal(s.as_str().as_bytes()) {
                Some(i) => Some(Value::Int(i)),
                None => match crate::format::int_parse::parse_int_literal(s.as_str(), 10) {
                    Ok(crate::format::int_parse::ParsedInt::Small(i)) => Some(Value::Int(i)),
                    _ => None,
                },
            },
            _ => None,
        };
    }
    if std::ptr::eq(cls, &*t.float) {
        return match arg {
            Value::Float(_) => Some(arg.clone()),
            Value::Int(i) if i.unsigned_abs() < 1 << 53 => Some(Value::float(*i as f64)),
            _ => None,
        };
    }
    None
}

/// `int(s)` for the plainest decimal literals: optional ASCII blanks, an
/// optional sign and 1 to 18 ASCII digits (no underscores), which always
/// fit an i64. None for anything else (the full parser decides).
#[inline]
fn small_decimal(b: &[u8]) -> Option<i64> {
    let is_blank = |c: &u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
    let start = b.iter().position(|c| !is_blank(c))?;
    let end = b.iter().rposition(|c| !is_blank(c))? + 1;
    let mut t = &b[start..end];
    let neg = match t.first() {
        Some(b'-') => {
            t = &t[1..];
            true
        }
        Some(b'+') => {
            t = &t[1..];
            false
        }
        _ => false,
    };
    if t.is_empty() || t.len() > 18 {
        return None;
    }
    let mut n: i64 = 0;
    for &c in t {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + (c - b'0') as i64;
    }
    Some(if neg { -n } else { n })
}

/// `a + b` for two strs, written into `a` when nothing else holds it;
/// false (nothing done) otherwise.
#[inline]
fn append_in_place(a: &mut Value, b: &Value) -> bool {
    if let (Value::Str(sa), Value::Str(sb)) = (a, b) {
        if let Some(m) = Obj::get_mut(sa) {
            m.append(sb);
            return true;
        }
    }
    false
}

/// The length of `str(i)`.
#[inline]
fn int_text_len(i: i64) -> usize {
    let mut n = i.unsigned_abs();
    let mut d = 1;
    while n >= 10 {
        n /= 10;
        d += 1;
    }
    d + (i < 0) as usize
}

/// Clones a value, copying ints without the general `clone` call.
#[inline(always)]
fn fast_clone(v: &Value) -> Value {
    match v {
        Value::Int(i) => Value::Int(*i),
        other => other.clone(),
    }
}

/// `obj.name` as a method call's callable when `obj` is an instance of a
/// user class, `name` a plain function in its class, and no instance ever
/// stored an attribute `name` that could shadow it: straight from the
/// method cache. None when the general lookup (`load_method`) is needed.
#[inline(always)]
fn plain_method(obj: &Value, name: &Arc<str>) -> Option<Value> {
    match obj {
        Value::Instance(inst) => {
            if !inst.class.builtin && !crate::intern::maybe_instance_attr(name) {
                if let Some(m @ Value::Function(_)) = inst.class.lookup_cached(name) {
                    if inst.class.flags() & crate::object::ClassFlags::GETATTRIBUTE == 0 {
                        return Some(m);
                    }
                }
            }
            None
        }
        Value::Module(_) | Value::Class(_) | Value::Undef => None,
        // A built-in type's method (`s.split`, `xs.append`).
        _ => crate::types::class_ref(obj)
            .lookup_cached(name)
            .filter(|m| matches!(m, Value::Builtin(b) if b.owner.is_some())),
    }
}

/// `split_kw` for the native-call argument buffer.
fn split_kw_small(
    args: &mut smallvec::SmallVec<[Value; 6]>,
    names: Option<&Tuple>,
) -> Vec<(Arc<str>, Value)> {
    match names {
        Some(names) => {
            let nkw = names.items.len();
            let kwvals: Vec<Value> = args.drain(args.len() - nkw..).collect();
            names
                .items
                .iter()
                .zip(kwvals)
                .map(|(n, v)| (crate::intern::intern(n.as_str().unwrap_or("")), v))
                .collect()
        }
        None => Vec::new(),
    }
}

/// Per-goroutine interpreter state.
pub struct Vm {
    pub stack: crate::opstack::OpStack,
    pub frames: Vec<Frame>,
    pub ctx: Arc<Context>,
    /// The exception being handled (for bare `raise` and `__context__`).
    pub cur_exc: Value,
    pub recursion_limit: usize,
    pub native_depth: usize,
    pub budget: i32,
    /// Low end of the OS thread's stack when known (0: look it up).
    pub stack_low: usize,
    /// Objects being repr'd (cycle guard for `[...]`).
    pub repr_guard: Vec<usize>,
    /// Nesting of native recursive operations (see `stack::nested`).
    pub nest_depth: usize,
    /// Driven by a stackless goroutine body (`Exit::Parked` is allowed).
    pub driver: bool,
    /// Set while the loop executes a call that may park stacklessly.
    pub park_ok: bool,
    /// The deadline of a blocking call that parked, kept for its re-poll.
    pub pending_deadline: Option<Option<std::time::Instant>>,
    /// Runs of this interpreter on the stack (it holds a collector
    /// mutator slot while this is not zero).
    pub gc_depth: usize,
}

impl Drop for Vm {
    fn drop(&mut self) {
        crate::gc::forget(self.gc_depth);
    }
}

impl Vm {
    pub fn new(ctx: Arc<Context>) -> Vm {
        let mut vm = Vm::bare(ctx);
        crate::builtins::init_python_builtins(&mut vm);
        vm
    }

    fn bare(ctx: Arc<Context>) -> Vm {
        let recursion_limit = ctx.recursion_limit;
        Vm {
            stack: crate::opstack::OpStack::with_capacity(16),
            frames: Vec::with_capacity(2),
            ctx,
            cur_exc: Value::None,
            recursion_limit,
            native_depth: 0,
            budget: BUDGET,
            stack_low: 0,
            repr_guard: Vec::new(),
            nest_depth: 0,
            driver: false,
            park_ok: false,
            pending_deadline: None,
            gc_depth: 0,
        }
    }

    /// Pushes a frame for `func` whose slots are already on the stack from
    /// `base` (arguments bound, remaining slots filled with Undef).
    #[inline(always)]
    pub(crate) fn push_frame(
        &mut self,
        func: Obj<Function>,
        base: usize,
        ret_to: usize,
        entry: bool,
        init_self: Option<Obj<crate::object::Instance>>,
    ) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            self.stack.truncate(ret_to);
            return Err(exc::recursion_error());
        }
        if crate::gc::wanted() {
            // Collect (or join another thread's collection) at the loop's
            // next safepoint, not thousands of instructions later.
            self.budget = 0;
        }
        let code = &func.code.code;
        // Move parameters that are cells into fresh cells; create the others.
        if !code.cellvars.is_empty() || !code.freevars.is_empty() {
            self.init_cells(&func, base);
        }
        self.write_frame(func, base, ret_to, entry, init_self);
        Ok(())
    }

    /// Pushes the frame of `push_frame` once its checks are done.
    #[inline(always)]
    fn write_frame(
        &mut self,
        func: Obj<Function>,
        base: usize,
        ret_to: usize,
        entry: bool,
        init_self: Option<Obj<crate::object::Instance>>,
    ) {
        self.frames.reserve(1);
        // SAFETY: capacity for one more frame was reserved above; every
        // field is written before the length covers the slot. Writing the
        // fields in place (rather than building a `Frame` and moving it)
        // keeps the narrow field writes from being read back as wide words,
        // which stalls store forwarding on every call.
        unsafe {
            let len = self.frames.len();
            let p = self.frames.as_mut_ptr().add(len);
            std::ptr::addr_of_mut!((*p).code).write(FrameCode::Func(func));
            std::ptr::addr_of_mut!((*p).ip).write(0);
            std::ptr::addr_of_mut!((*p).base).write(base);
            std::ptr::addr_of_mut!((*p).ret_to).write(ret_to);
            std::ptr::addr_of_mut!((*p).ns).write(None);
            std::ptr::addr_of_mut!((*p).entry).write(entry);
            std::ptr::addr_of_mut!((*p).init_self).write(init_self);
            self.frames.set_len(len + 1);
        }
    }

    fn init_cells(&mut self, func: &Obj<Function>, base: usize) {
        let code = &func.code.code;
        let nlocals = code.varnames.len();
        for (i, _) in code.cellvars.iter().enumerate() {
            let cell = crate::object::CellObj::new(Value::Undef);
            self.stack[base + nlocals + i] = Value::Cell(Obj::new(cell));
        }
        for &(ci, pi) in &code.cell_params {
            let v = std::mem::replace(&mut self.stack[base + pi as usize], Value::Undef);
            if let Value::Cell(c) = &self.stack[base + nlocals + ci as usize] {
                *c.value.lock() = v;
            }
        }
        let ncells = code.cellvars.len();
        for (i, c) in func.closure.iter().enumerate() {
            self.stack[base + nlocals + ncells + i] = c.clone();
        }
    }

    /// Runs frames until the entry frame on top of the frame stack returns
    /// or yields.
    pub fn run(&mut self) -> PyResult<Exit> {
        // This interpreter runs script code: a collector must wait for it
        // to reach a safepoint (`gc` module docs).
        crate::gc::enter(&mut self.gc_depth);
        let r = self.run_frames();
        crate::gc::leave(&mut self.gc_depth);
        r
    }

    fn run_frames(&mut self) -> PyResult<Exit> {
        'frames: loop {
            if self.budget <= 0 {
                match self.preempt() {
                    Ok(true) => return Ok(Exit::Preempt),
                    Ok(false) => {}
                    Err(e) => match self.unwind(e) {
                        Ok(()) => continue 'frames,
                        Err(e) => return Err(e),
                    },
                }
            }
            // The running frame, in locals. `load_frame` reads them from
            // frame `fi`; the hot call and return arms switch frames with it
            // without leaving this loop.
            let mut fi = self.frames.len() - 1;
            let mut code: &CodeObj;
            let mut ops: &[Op];
            let mut base: usize;
            // The instruction pointer, as a pointer into `ops`. The compiler
            // rejects code that can jump outside `ops` or run off its end
            // (`verify::stack_depths`), so it always points into `ops`
            // while it is dereferenced.
            let mut ops_ptr: *const Op;
            let mut pc: *const Op;
            // The frame's first operand slot and the code's verified operand
            // depth (see `sp` below).
            let mut floor: usize;
            let mut max_stack: usize;
            macro_rules! load_frame {
                () => {{
                    debug_assert!(fi < self.frames.len());
                    // SAFETY: `fi` is the index of the top frame.
                    let frame = unsafe { self.frames.get_unchecked(fi) };
                    // SAFETY: the frame keeps its code object alive (an Arc
                    // to the code, or to the function that owns it) for as
                    // long as it is on the frame stack; the code object is on
                    // the heap, so moving the frame (the frames Vec growing)
                    // does not move it; and this runs again whenever a frame
                    // is popped.
                    code = unsafe { &*(frame.code.get() as *const CodeObj) };
                    ops = &code.code.ops;
                    ops_ptr = ops.as_ptr();
                    base = frame.base;
                    debug_assert!(frame.ip < ops.len());
                    // SAFETY: a frame's saved `ip` is an instruction index of
                    // its code.
                    pc = unsafe { ops_ptr.add(frame.ip) };
                    floor = base + code.nslots;
                    max_stack = code.max_stack;
                }};
            }
            load_frame!();
            // The instruction index of `pc`.
            macro_rules! ip {
                () => {
                    // SAFETY: both pointers are into `ops`.
                    (unsafe { pc.offset_from(ops_ptr) } as usize)
                };
            }
            // Continues at instruction index `$t` (a verified jump target).
            macro_rules! jump {
                ($t:expr) => {{
                    debug_assert!(($t as usize) < ops.len());
                    // SAFETY: jump targets are verified to be in `ops`.
                    pc = unsafe { ops_ptr.add($t as usize) };
                }};
            }

            // Frame slot `$i` (a verified local index: below `nslots`,
            // and the frame's slots stay on the stack while it runs).
            macro_rules! local {
                ($i:expr) => {{
                    let i = base + $i as usize;
                    debug_assert!(i < self.stack.len());
                    // SAFETY: see above.
                    unsafe { self.stack.get_unchecked(i) }
                }};
            }
            macro_rules! local_mut {
                ($i:expr) => {{
                    let i = base + $i as usize;
                    debug_assert!(i < self.stack.len());
                    // SAFETY: see `local`.
                    unsafe { self.stack.get_unchecked_mut(i) }
                }};
            }
            // Entry `$i` of the code's name table (a verified index).
            macro_rules! name {
                ($i:expr) => {{
                    debug_assert!(($i as usize) < code.names.len());
                    // SAFETY: name operands are verified to be in range.
                    unsafe { code.names.get_unchecked($i as usize) }
                }};
            }

            // The operand stack as the hot arms see it: `sbase` is the
            // stack's buffer and `sp` points one past its top value, both
            // in registers (a `Vec` length kept in memory would be stored
            // by one instruction and reloaded by the next, a store-to-load
            // round trip on every instruction). The vector's own length is
            // only brought up to date for the general arms (`sync_out`) and
            // read back after them (`sync_in`); in between it covers just
            // the frame's slots, so that a panic in a hot arm leaks the
            // operands rather than dropping moved-out ones twice. Every
            // frame entry and every general arm reserves the code's
            // verified `max_stack` beyond the top, so the hot arms' pushes
            // need no capacity check.
            let mut sbase: *mut Value;
            let mut sp: *mut Value;
            macro_rules! sync_in {
                () => {{
                    if self.stack.capacity() - self.stack.len() < max_stack {
                        self.grow_stack(max_stack);
                    }
                    let len = self.stack.len();
                    debug_assert!(len >= floor);
                    sbase = self.stack.as_mut_ptr();
                    // SAFETY: `len` is within the buffer; the values above
                    // `floor` stay initialized and are owned through `sp`
                    // until `sync_out` hands them back.
                    unsafe {
                        sp = sbase.add(len);
                        self.stack.set_len(floor);
                    }
                }};
            }
            macro_rules! sync_out {
                () => {{
                    // SAFETY: `sp` is in the buffer at or above `floor`, and
                    // every slot below it is initialized.
                    unsafe { self.stack.set_len(sp.offset_from(sbase) as usize) };
                }};
            }
            sync_in!();
            macro_rules! spush {
                ($v:expr) => {{
                    let v = $v;
                    debug_assert!(sp < unsafe { sbase.add(self.stack.capacity()) });
                    // SAFETY: `max_stack` slots above the top were reserved,
                    // and the verifier bounds the operand depth by it.
                    unsafe {
                        sp.write(v);
                        sp = sp.add(1);
                    }
                }};
            }
            macro_rules! spop {
                () => {{
                    debug_assert!(sp > unsafe { sbase.add(floor) });
                    // SAFETY: the verifier guarantees an operand to pop;
                    // lowering `sp` first hands its ownership to us.
                    unsafe {
                        sp = sp.sub(1);
                        crate::opstack::read_value(sp)
                    }
                }};
            }
            // Drops the top operand, known to be an inline value.
            macro_rules! spop_inline {
                () => {{
                    debug_assert!(unsafe { (*sp.sub(1)).arc_ptr().is_none() });
                    // SAFETY: as `spop`; an inline value needs no drop.
                    unsafe { sp = sp.sub(1) };
                }};
            }
            // The operand `$n` from the top (1 is the top).
            macro_rules! stop {
                ($n:expr) => {{
                    debug_assert!(unsafe { sp.sub($n as usize) } >= unsafe { sbase.add(floor) });
                    // SAFETY: the verifier guarantees the operand exists.
                    unsafe { &mut *sp.sub($n as usize) }
                }};
            }
            // Frame slot `$i` for the hot arms (as `local`).
            macro_rules! flocal {
                ($i:expr) => {{
                    debug_assert!(($i as usize) < floor - base);
                    // SAFETY: a verified slot index of this frame.
                    unsafe { &*sbase.add(base + $i as usize) }
                }};
            }
            macro_rules! flocal_mut {
                ($i:expr) => {{
                    debug_assert!(($i as usize) < floor - base);
                    // SAFETY: as `flocal`.
                    unsafe { &mut *sbase.add(base + $i as usize) }
                }};
            }

            let err: PyErr = 'ops: loop {
                // SAFETY: see `pc` above. The instruction is matched by
                // reference, so each arm loads only its own operand (a copy
                // would decode every operand layout on every dispatch).
                let op: &Op = unsafe { &*pc };
                pc = unsafe { pc.add(1) };
                // The hot cases, on the register stack pointer `sp`. An arm
                // that cannot finish here changes nothing and falls through
                // to the general arm of the same instruction below.
                match *op {
                    Op::Nop => continue,
                    Op::Pop => {
                        spop!().release();
                        continue;
                    }
                    Op::LoadInt(i) => {
                        spush!(Value::Int(i.0 as i64));
                        continue;
                    }
                    Op::LoadNone => {
                        spush!(Value::None);
                        continue;
                    }
                    Op::LoadConst(c) => {
                        spush!(code.consts[c.0 as usize].clone());
                        continue;
                    }
                    Op::LoadFast(l) => {
                        let v = fast_clone(flocal!(l.0));
                        if !v.is_undef() {
                            spush!(v);
                            continue;
                        }
                    }
                    Op::StoreFast(l) => {
                        let v = spop!();
                        std::mem::replace(flocal_mut!(l.0), v).release();
                        continue;
                    }
                    Op::Copy(Count(n)) => {
                        let v = stop!(n).clone();
                        spush!(v);
                        continue;
                    }
                    Op::Swap(Count(n)) => {
                        // SAFETY: both are operand slots of this frame.
                        unsafe { std::ptr::swap(sp.sub(1), sp.sub(n as usize)) };
                        continue;
                    }
                    Op::LoadGlobal(g) => {
                        let v = self.frames[fi].globals().load(g.0 as usize);
                        if !v.is_undef() {
                            spush!(v);
                            continue;
                        }
                    }
                    Op::LoadAttr(n) => {
                        let v = match stop!(1) {
                            Value::Instance(inst) => inst.plain_get(name!(n.0)),
                            _ => None,
                        };
                        if let Some(v) = v {
                            *stop!(1) = v;
                            continue;
                        }
                    }
                    Op::LoadFastAttr(x) => {
                        if let Value::Instance(inst) = flocal!(x.0) {
                            if let Some(v) = inst.plain_get(name!(x.1)) {
                                spush!(v);
                                continue;
                            }
                        }
                    }
                    Op::LoadFastAttrAttr(x) => {
                        if let Value::Instance(inst) = flocal!(x.0) {
                            if let Some(Value::Instance(mid)) = inst.plain_get(name!(x.1)) {
                                if let Some(v) = mid.plain_get(name!(x.2)) {
                                    spush!(v);
                                    continue;
                                }
                            }
                        }
                    }
                    Op::StoreFastAttr(x) => {
                        if let Value::Instance(inst) = flocal!(x.0) {
                            let v = spop!();
                            match inst.plain_store(name!(x.1), v) {
                                Ok(()) => continue,
                                // Back where it was, for the general arm.
                                Err(v) => spush!(v),
                            }
                        }
                    }
                    Op::LoadFastMethod(x) => {
                        if let Some(m) = plain_method(flocal!(x.0), name!(x.1)) {
                            let recv = flocal!(x.0).clone();
                            spush!(m);
                            spush!(recv);
                            continue;
                        }
                    }
                    Op::LoadMethod(n) => {
                        if let Some(m) = plain_method(stop!(1), name!(n.0)) {
                            // [obj] -> [method, obj]
                            let obj = std::mem::replace(stop!(1), m);
                            spush!(obj);
                            continue;
                        }
                    }
                    Op::BinaryOp(bop) | Op::InplaceOp(bop) => {
                        if let (Value::Int(a), Value::Int(b)) = (&*stop!(2), &*stop!(1)) {
                            if let Some(r) = ops::arith::int_fast(bop, *a, *b) {
                                spop_inline!();
                                put_inline(stop!(1), Value::Int(r));
                                continue;
                            }
                        }
                    }
                    Op::Add | Op::Sub => {
                        if let (Value::Int(a), Value::Int(b)) = (&*stop!(2), &*stop!(1)) {
                            let r = if let Op::Add = op {
                                a.checked_add(*b)
                            } else {
                                a.checked_sub(*b)
                            };
                            if let Some(r) = r {
                                spop_inline!();
                                put_inline(stop!(1), Value::Int(r));
                                continue;
                            }
                        }
                    }
                    Op::CompareOp(cop) => {
                        if let (Value::Int(a), Value::Int(b)) = (&*stop!(2), &*stop!(1)) {
                            let r = match cop {
                                CmpOp::Lt => Some(a < b),
                                CmpOp::Le => Some(a <= b),
                                CmpOp::Gt => Some(a > b),
                                CmpOp::Ge => Some(a >= b),
                                CmpOp::Eq | CmpOp::Is => Some(a == b),
                                CmpOp::Ne | CmpOp::IsNot => Some(a != b),
                                _ => None,
                            };
                            if let Some(r) = r {
                                spop_inline!();
                                put_inline(stop!(1), Value::bool(r));
                                continue;
                            }
                        }
                    }
                    Op::Jump(t) => {
                        jump!(t.0);
                        continue;
                    }
                    Op::JumpBack(t) => {
                        jump!(t.0);
                        self.budget -= 1;
                        if self.budget <= 0 {
                            sync_out!();
                            self.frames[fi].ip = ip!();
                            continue 'frames;
                        }
                        continue;
                    }
                    Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                        if let Value::Bool(b) = stop!(1) {
                            let b = b.get();
                            spop_inline!();
                            if b == matches!(op, Op::PopJumpIfTrue(_)) {
                                if (t.0 as usize) < ip!() {
                                    self.budget -= 1;
                                }
                                jump!(t.0);
                            }
                            continue;
                        }
                    }
                    Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                        if let Value::Bool(b) = stop!(1) {
                            if b.get() == matches!(op, Op::JumpIfTrueOrPop(_)) {
                                jump!(t.0);
                            } else {
                                spop_inline!();
                            }
                            continue;
                        }
                    }
                    Op::CallMethod(Count(n)) | Op::Call(Count(n)) => {
                        // A plain function with exactly its positional
                        // arguments, when its frame fits the stack's
                        // capacity: the frame is entered right here.
                        let n = n as usize;
                        // SAFETY: the verifier guarantees the callable, the
                        // receiver-or-NULL slot and `n` arguments.
                        let (fslot, args) = unsafe {
                            if let Op::CallMethod(_) = op {
                                let m = sp.sub(n + 2);
                                let a = if (*m.add(1)).is_undef() {
                                    m.add(2)
                                } else {
                                    m.add(1)
                                };
                                (m, a)
                            } else {
                                let f = sp.sub(n + 1);
                                (f, f.add(1))
                            }
                        };
                        // SAFETY: see above.
                        if let Value::Function(func) = unsafe { &*fslot } {
                            let c = &func.code;
                            // SAFETY: both are in the stack buffer.
                            let nargs = unsafe { sp.offset_from(args) } as usize;
                            let args_start = unsafe { args.offset_from(sbase) } as usize;
                            if func.simple
                                && nargs == c.code.argcount as usize
                                && c.code.cellvars.is_empty()
                                && c.code.freevars.is_empty()
                                && self.budget > 1
                                && self.frames.len() < self.recursion_limit
                                && args_start + c.nslots + c.max_stack <= self.stack.capacity()
                            {
                                let nslots = c.nslots;
                                self.budget -= 1;
                                self.frames[fi].ip = ip!();
                                // SAFETY: see above.
                                let fpos = unsafe { fslot.offset_from(sbase) } as usize;
                                let Value::Function(func) = take_callee(unsafe { &mut *fslot })
                                else {
                                    unreachable!("matched above")
                                };
                                for _ in nargs..nslots {
                                    spush!(Value::Undef);
                                }
                                self.write_frame(func, args_start, fpos, false, None);
                                fi += 1;
                                load_frame!();
                                // SAFETY: the new frame's slots are initialized.
                                unsafe { self.stack.set_len(floor) };
                                continue;
                            }
                        }
                    }
                    Op::Return | Op::ReturnNone => {
                        // Back to a script caller, when no time slice is
                        // over (and an `__init__` returns None): the caller's
                        // frame is resumed right here.
                        debug_assert!(fi < self.frames.len());
                        // SAFETY: `fi` is the top frame.
                        let f = unsafe { self.frames.get_unchecked(fi) };
                        let none = matches!(op, Op::ReturnNone) || matches!(stop!(1), Value::None);
                        if !f.entry && (f.init_self.is_none() || none) && self.budget > 0 {
                            let ret_to = f.ret_to;
                            let v = if let Op::ReturnNone = op {
                                Value::None
                            } else {
                                spop!()
                            };
                            // SAFETY: `fi` is the top frame (see above).
                            let v = match unsafe { self.frames.get_unchecked_mut(fi) }
                                .init_self
                                .take()
                            {
                                None => v,
                                // The instance is the call's result.
                                Some(inst) => Value::Instance(inst),
                            };
                            // The frame's slots and operands are ours to drop
                            // (the vector's length no longer covers them).
                            // SAFETY: `ret_to` is below the frame's slots.
                            unsafe {
                                self.stack.set_len(ret_to);
                                let target = sbase.add(ret_to);
                                while sp > target {
                                    sp = sp.sub(1);
                                    crate::opstack::read_value(sp).release();
                                }
                            }
                            spush!(v);
                            // SAFETY: frame `fi` is the top one; shortening
                            // the vector first hands it to us, and each field
                            // that owns something is read out once and
                            // dropped (the rest are plain numbers). The VM
                            // makes no `Weak` to a function.
                            unsafe {
                                self.frames.set_len(fi);
                                let p = self.frames.as_mut_ptr().add(fi);
                                match std::ptr::read(std::ptr::addr_of!((*p).code)) {
                                    FrameCode::Func(f) => drop(f),
                                    other => drop(other),
                                }
                                drop(std::ptr::read(std::ptr::addr_of!((*p).ns)));
                                drop(std::ptr::read(std::ptr::addr_of!((*p).init_self)));
                            }
                            fi -= 1;
                            load_frame!();
                            // SAFETY: the caller's slots are initialized.
                            unsafe { self.stack.set_len(floor) };
                            continue;
                        }
                    }
                    Op::FormatValue(FmtFlags(8)) => {
                        // A plain int or str for `BuildString`, which
                        // writes them itself.
                        if matches!(stop!(1), Value::Int(_) | Value::Str(_)) {
                            continue;
                        }
                    }
                    Op::ForIter(t) => {
                        // A range counted by this loop alone: no call at all.
                        if let Some(crate::object::IterState::Range { next, stop, step }) =
                            unique_iter_state(stop!(1))
                        {
                            let cur = *next;
                            if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                                *next = cur + *step;
                                spush!(crate::object::int_value(cur));
                            } else {
                                drop(spop!());
                                jump!(t.0);
                            }
                            continue;
                        }
                    }
                    _ => {}
                }
                sync_out!();
                'slow: {
                    match *op {
                        Op::Nop => {}
                        Op::Pop => {
                            self.stack.pop();
                        }
                        Op::Copy(Count(n)) => {
                            let v = self.stack[self.stack.len() - n as usize].clone();
                            self.stack.push(v);
                        }
                        Op::Swap(Count(n)) => {
                            let len = self.stack.len();
                            self.stack.swap(len - 1, len - n as usize);
                        }
                        Op::LoadConst(c) => {
                            let v = code.consts[c.0 as usize].clone();
                            self.stack.push(v);
                        }
                        Op::LoadInt(i) => self.stack.push(Value::Int(i.0 as i64)),
                        Op::LoadNone => self.stack.push(Value::None),
                        Op::LoadFast(l) => {
                            let v = fast_clone(local!(l.0));
                            if v.is_undef() {
                                break 'ops exc::unbound_local(&code.code.varnames[l.0 as usize]);
                            }
                            self.stack.push(v);
                        }
                        Op::StoreFast(l) => {
                            let v = self.stack.pop().expect("stack underflow");
                            *local_mut!(l.0) = v;
                        }
                        Op::DeleteFast(l) => {
                            let slot = local_mut!(l.0);
                            if slot.is_undef() {
                                break 'ops exc::unbound_local(&code.code.varnames[l.0 as usize]);
                            }
                            *slot = Value::Undef;
                        }
                        Op::LoadDeref(c) | Op::LoadClassDeref(c) => {
                            if let Op::LoadClassDeref(_) = op {
                                let name = self.cell_name(code, c.0 as usize);
                                if let Some(ns) = &self.frames[fi].ns {
                                    if let Some(v) = ns.get_str(&name) {
                                        self.stack.push(v);
                                        break 'slow;
                                    }
                                }
                            }
                            let slot = base + code.code.varnames.len() + c.0 as usize;
                            let v = match &self.stack[slot] {
                                Value::Cell(cell) => cell.value.lock().clone(),
                                _ => Value::Undef,
                            };
                            if v.is_undef() {
                                break 'ops exc::unbound_deref(&self.cell_name(code, c.0 as usize));
                            }
                            self.stack.push(v);
                        }
                        Op::StoreDeref(c) => {
                            let v = self.stack.pop().expect("stack underflow");
                            let slot = base + code.code.varnames.len() + c.0 as usize;
                            if let Value::Cell(cell) = &self.stack[slot] {
                                *cell.value.lock() = v;
                            }
                        }
                        Op::DeleteDeref(c) => {
                            let slot = base + code.code.varnames.len() + c.0 as usize;
                            if let Value::Cell(cell) = &self.stack[slot] {
                                *cell.value.lock() = Value::Undef;
                            }
                        }
                        Op::LoadClosure(c) => {
                            let slot = base + code.code.varnames.len() + c.0 as usize;
                            let v = self.stack[slot].clone();
                            self.stack.push(v);
                        }
                        Op::LoadGlobal(g) => {
                            let v = self.frames[fi].globals().load(g.0 as usize);
                            if v.is_undef() {
                                break 'ops exc::name_error(
                                    &self.frames[fi].globals().name_of(g.0 as usize),
                                );
                            }
                            self.stack.push(v);
                        }
                        Op::StoreGlobal(g) => {
                            let v = self.stack.pop().expect("stack underflow");
                            self.frames[fi].globals().set(g.0 as usize, v);
                        }
                        Op::DeleteGlobal(g) => {
                            let globals = self.frames[fi].globals();
                            if globals.get(g.0 as usize).is_undef() {
                                break 'ops exc::name_error(&globals.name_of(g.0 as usize));
                            }
                            globals.set(g.0 as usize, Value::Undef);
                        }
                        Op::LoadName(n) => {
                            let name = name!(n.0);
                            match self.load_name(fi, name) {
                                Some(v) => self.stack.push(v),
                                None => break 'ops exc::name_error(name),
                            }
                        }
                        Op::StoreName(n) => {
                            let v = self.stack.pop().expect("stack underflow");
                            let name = name!(n.0);
                            self.store_name(fi, name, v);
                        }
                        Op::DeleteName(n) => {
                            let name = name!(n.0);
                            if !self.delete_name(fi, name) {
                                break 'ops exc::name_error(name);
                            }
                        }
                        Op::LoadAttr(n) => {
                            let name = name!(n.0);
                            // Plain instance attribute: no descriptor in the class.
                            if let Some(Value::Instance(inst)) = self.stack.last() {
                                if let Some(v) = inst.plain_get(name) {
                                    *self.stack.last_mut().expect("checked") = v;
                                    break 'slow;
                                }
                            }
                            let obj = self.stack.pop().expect("stack underflow");
                            match self.getattr(&obj, name) {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::LoadFastAttr(x) => {
                            let name = name!(x.1);
                            let slot = local!(x.0);
                            if let Value::Instance(inst) = slot {
                                if let Some(v) = inst.plain_get(name) {
                                    self.stack.push(v);
                                    break 'slow;
                                }
                            }
                            if slot.is_undef() {
                                break 'ops exc::unbound_local(&code.code.varnames[x.0 as usize]);
                            }
                            let obj = slot.clone();
                            match self.getattr(&obj, name) {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::LoadFastAttrAttr(x) => {
                            let slot = local!(x.0);
                            if slot.is_undef() {
                                break 'ops exc::unbound_local(&code.code.varnames[x.0 as usize]);
                            }
                            let first = name!(x.1);
                            let mid = match slot {
                                Value::Instance(inst) => inst.plain_get(first),
                                _ => None,
                            };
                            let mid = match mid {
                                Some(v) => v,
                                None => {
                                    let obj = slot.clone();
                                    match self.getattr(&obj, first) {
                                        Ok(v) => v,
                                        Err(e) => break 'ops e,
                                    }
                                }
                            };
                            let second = name!(x.2);
                            if let Value::Instance(inst) = &mid {
                                if let Some(v) = inst.plain_get(second) {
                                    self.stack.push(v);
                                    break 'slow;
                                }
                            }
                            match self.getattr(&mid, second) {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::StoreFastAttr(x) => {
                            let v = self.stack.pop().expect("stack underflow");
                            let name = name!(x.1);
                            let slot = local!(x.0);
                            let v = match slot {
                                Value::Instance(inst) => match inst.plain_store(name, v) {
                                    Ok(()) => break 'slow,
                                    Err(v) => v,
                                },
                                _ => v,
                            };
                            if slot.is_undef() {
                                break 'ops exc::unbound_local(&code.code.varnames[x.0 as usize]);
                            }
                            let obj = slot.clone();
                            if let Err(e) = self.setattr_name(&obj, name, v) {
                                break 'ops e;
                            }
                        }
                        Op::LoadFastMethod(x) => {
                            if let Some(m) = plain_method(local!(x.0), name!(x.1)) {
                                let recv = local!(x.0).clone();
                                self.stack.push(m);
                                self.stack.push(recv);
                                break 'slow;
                            }
                            let obj = fast_clone(local!(x.0));
                            if obj.is_undef() {
                                break 'ops exc::unbound_local(&code.code.varnames[x.0 as usize]);
                            }
                            match self.load_method(obj, name!(x.1)) {
                                Ok((m, recv)) => {
                                    self.stack.push(m);
                                    self.stack.push(recv);
                                }
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::StoreAttr(n) => {
                            let obj = self.stack.pop().expect("stack underflow");
                            let v = self.stack.pop().expect("stack underflow");
                            if let Err(e) = self.setattr_name(&obj, name!(n.0), v) {
                                break 'ops e;
                            }
                        }
                        Op::DeleteAttr(n) => {
                            let obj = self.stack.pop().expect("stack underflow");
                            if let Err(e) = self.delattr(&obj, name!(n.0)) {
                                break 'ops e;
                            }
                        }
                        Op::LoadMethod(n) => {
                            let top = self.stack.len() - 1;
                            if let Some(m) = plain_method(&self.stack[top], name!(n.0)) {
                                // [obj] -> [method, obj]
                                let obj = std::mem::replace(&mut self.stack[top], m);
                                self.stack.push(obj);
                                break 'slow;
                            }
                            let obj = self.stack.pop().expect("stack underflow");
                            match self.load_method(obj, name!(n.0)) {
                                Ok((m, recv)) => {
                                    self.stack.push(m);
                                    self.stack.push(recv);
                                }
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::CallMethod(Count(n)) | Op::Call(Count(n)) => {
                            // CallMethod: [method, self or NULL, args...];
                            // Call: [callable, args...].
                            let (fpos, args_start) = if let Op::CallMethod(_) = op {
                                let mpos = self.stack.len() - n as usize - 2;
                                (
                                    mpos,
                                    if self.stack[mpos + 1].is_undef() {
                                        mpos + 2
                                    } else {
                                        mpos + 1
                                    },
                                )
                            } else {
                                let fpos = self.stack.len() - n as usize - 1;
                                (fpos, fpos + 1)
                            };
                            self.budget -= 1;
                            self.frames[fi].ip = ip!();
                            // A plain function with exactly its positional
                            // arguments: its frame starts at the arguments.
                            if let Value::Function(func) = &self.stack[fpos] {
                                let c = &func.code.code;
                                let nargs = self.stack.len() - args_start;
                                if func.simple && nargs == c.argcount as usize {
                                    let nslots = func.code.nslots;
                                    let Value::Function(func) = take_callee(&mut self.stack[fpos])
                                    else {
                                        unreachable!("matched above")
                                    };
                                    if nslots > nargs {
                                        self.stack.resize(args_start + nslots, Value::Undef);
                                    }
                                    match self.push_frame(func, args_start, fpos, false, None) {
                                        Ok(()) => continue 'frames,
                                        Err(e) => break 'ops e,
                                    }
                                }
                            }
                            // A plain built-in function (or an unbound method
                            // of a built-in type called on its receiver).
                            if let Value::Builtin(b) = &self.stack[fpos] {
                                if let (None, crate::object::func::BuiltinImpl::Plain(p)) =
                                    (&b.bound, &b.func)
                                {
                                    let p = *p;
                                    match self.call_plain_builtin(p, args_start, fpos) {
                                        Ok(()) => break 'slow,
                                        Err(e) if e.is_park() => {
                                            self.frames[fi].ip = ip!() - 1;
                                            return Ok(Exit::Parked);
                                        }
                                        Err(e) => break 'ops e,
                                    }
                                }
                            }
                            let f = take_callee(&mut self.stack[fpos]);
                            // A plain user class: the instance's `__init__` frame
                            // is pushed here too.
                            if let Value::Class(cls) = &f {
                                if !cls.builtin && args_start == fpos + 1 {
                                    match self.instantiate_at(cls, args_start, fpos) {
                                        Ok(true) => continue 'frames,
                                        Ok(false) => {}
                                        Err(e) => break 'ops e,
                                    }
                                }
                            }
                            self.park_ok = true;
                            let r = self.call_at(f, args_start, fpos, None);
                            self.park_ok = false;
                            match r {
                                Ok(None) => continue 'frames,
                                Ok(Some(v)) => self.stack.push(v),
                                Err(e) if e.is_park() => {
                                    self.frames[fi].ip = ip!() - 1;
                                    return Ok(Exit::Parked);
                                }
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::CallKw(Count(n)) => {
                            let names = match self.stack.pop() {
                                Some(Value::Tuple(t)) => t,
                                _ => break 'ops exc::internal("CallKw without a names tuple"),
                            };
                            let fpos = self.stack.len() - n as usize - 1;
                            let f = self.stack[fpos].clone();
                            self.budget -= 1;
                            self.frames[fi].ip = ip!();
                            self.park_ok = true;
                            let r = self.call_at(f, fpos + 1, fpos, Some(names.clone()));
                            self.park_ok = false;
                            match r {
                                Ok(None) => continue 'frames,
                                Ok(Some(v)) => self.stack.push(v),
                                Err(e) if e.is_park() => {
                                    self.stack.push(Value::Tuple(names));
                                    self.frames[fi].ip = ip!() - 1;
                                    return Ok(Exit::Parked);
                                }
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::CallEx(Count(n)) => {
                            let kwargs = if n == 1 { self.stack.pop() } else { None };
                            let args = self.stack.pop().expect("stack underflow");
                            let f = self.stack.pop().expect("stack underflow");
                            self.budget -= 1;
                            self.frames[fi].ip = ip!();
                            match self.call_ex(f, args, kwargs) {
                                Ok(None) => continue 'frames,
                                Ok(Some(v)) => self.stack.push(v),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::BinaryOp(_) | Op::Add | Op::Sub | Op::InplaceOp(_) => {
                            let (bop, inplace) = match *op {
                                Op::BinaryOp(bop) => (bop, false),
                                Op::InplaceOp(bop) => (bop, true),
                                Op::Add => (BinOp::Add, false),
                                _ => (BinOp::Sub, false),
                            };
                            // (Two ints were tried by the hot arm.)
                            let b = self.stack.pop().expect("stack underflow");
                            let mut a = self.stack.pop().expect("stack underflow");
                            if let (BinOp::Add, Value::Str(_), Value::Str(_)) = (bop, &a, &b) {
                                if inplace {
                                    // `s += t` about to be stored back into s:
                                    // drop the variable's reference so s can
                                    // grow in place.
                                    match ops.get(ip!()) {
                                        Some(Op::StoreFast(l)) => {
                                            let slot = local_mut!(l.0);
                                            if slot.is(&a) {
                                                *slot = Value::Undef;
                                            }
                                        }
                                        Some(Op::StoreGlobal(g)) => {
                                            self.frames[fi].globals().clear_if(g.0 as usize, &a)
                                        }
                                        _ => {}
                                    }
                                }
                                // A str nobody else holds (also a temporary,
                                // as in `"<" + s + ">"`) grows in place.
                                if append_in_place(&mut a, &b) {
                                    self.stack.push(a);
                                    break 'slow;
                                }
                            }
                            let r = if inplace {
                                ops::inplace(self, bop, &a, &b)
                            } else {
                                ops::binary(self, bop, &a, &b)
                            };
                            match r {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::CompareOp(cop) => {
                            // (Two ints were compared by the hot arm.)
                            let b = self.stack.pop().expect("stack underflow");
                            let a = self.stack.pop().expect("stack underflow");
                            match ops::compare(self, cop, &a, &b) {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::Neg | Op::Pos | Op::Invert => {
                            let a = self.stack.pop().expect("stack underflow");
                            match ops::unary(self, *op, &a) {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::Not => {
                            let a = self.stack.pop().expect("stack underflow");
                            match self.truthy(&a) {
                                Ok(t) => self.stack.push(Value::bool(!t)),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::Subscr => {
                            // `obj[k]` on an instance of a script class whose
                            // `__getitem__` is a plain two-parameter function:
                            // its frame runs in this loop, with `obj` and `k`
                            // (already on the stack) as its arguments.
                            let len = self.stack.len();
                            if let Value::Instance(inst) = &self.stack[len - 2] {
                                if !inst.class.builtin {
                                    if let Some(Value::Function(func)) =
                                        inst.class.lookup_cached(crate::intern::dunder_getitem())
                                    {
                                        if func.simple && func.code.code.argcount == 2 {
                                            let nslots = func.code.nslots;
                                            self.budget -= 1;
                                            self.frames[fi].ip = ip!();
                                            if nslots > 2 {
                                                self.stack.resize(len - 2 + nslots, Value::Undef);
                                            }
                                            match self.push_frame(
                                                func,
                                                len - 2,
                                                len - 2,
                                                false,
                                                None,
                                            ) {
                                                Ok(()) => continue 'frames,
                                                Err(e) => break 'ops e,
                                            }
                                        }
                                    }
                                }
                            }
                            let k = self.stack.pop().expect("stack underflow");
                            let o = self.stack.pop().expect("stack underflow");
                            match self.getitem(&o, &k) {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::StoreSubscr => {
                            let k = self.stack.pop().expect("stack underflow");
                            let o = self.stack.pop().expect("stack underflow");
                            let v = self.stack.pop().expect("stack underflow");
                            if let Err(e) = self.setitem(&o, k, v) {
                                break 'ops e;
                            }
                        }
                        Op::DeleteSubscr => {
                            let k = self.stack.pop().expect("stack underflow");
                            let o = self.stack.pop().expect("stack underflow");
                            if let Err(e) = self.delitem(&o, &k) {
                                break 'ops e;
                            }
                        }
                        Op::BuildSlice(Count(n)) => {
                            let step = if n == 3 {
                                self.stack.pop().expect("stack underflow")
                            } else {
                                Value::None
                            };
                            let stop = self.stack.pop().expect("stack underflow");
                            let start = self.stack.pop().expect("stack underflow");
                            self.stack
                                .push(Value::Slice(Obj::new(crate::object::SliceObj {
                                    start,
                                    stop,
                                    step,
                                })));
                        }
                        Op::Jump(t) => jump!(t.0),
                        Op::JumpBack(t) => {
                            jump!(t.0);
                            self.budget -= 1;
                            if self.budget <= 0 {
                                self.frames[fi].ip = ip!();
                                continue 'frames;
                            }
                        }
                        Op::PopJumpIfFalse(t) | Op::PopJumpIfTrue(t) => {
                            let v = self.stack.pop().expect("stack underflow");
                            let b = match v {
                                Value::Bool(b) => {
                                    std::mem::forget(v);
                                    b.get()
                                }
                                other => match self.truthy(&other) {
                                    Ok(b) => b,
                                    Err(e) => break 'ops e,
                                },
                            };
                            if b == matches!(op, Op::PopJumpIfTrue(_)) {
                                if (t.0 as usize) < ip!() {
                                    self.budget -= 1;
                                }
                                jump!(t.0);
                            }
                        }
                        Op::JumpIfFalseOrPop(t) | Op::JumpIfTrueOrPop(t) => {
                            let b = match self.stack.last() {
                                Some(Value::Bool(b)) => b.get(),
                                top => {
                                    let top = top.expect("stack underflow").clone();
                                    match self.truthy(&top) {
                                        Ok(b) => b,
                                        Err(e) => break 'ops e,
                                    }
                                }
                            };
                            if b == matches!(op, Op::JumpIfTrueOrPop(_)) {
                                jump!(t.0);
                            } else {
                                self.stack.pop();
                            }
                        }
                        Op::PopJumpIfNotNone(t) => {
                            if !self.stack.pop().expect("stack underflow").is_none() {
                                jump!(t.0);
                            }
                        }
                        Op::GetIter => {
                            let v = self.stack.pop().expect("stack underflow");
                            match self.iter(&v) {
                                Ok(it) => self.stack.push(it),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::ForIter(t) => {
                            // A range counted by this loop alone: no call at all.
                            if let Some(crate::object::IterState::Range { next, stop, step }) =
                                self.stack.last_mut().and_then(unique_iter_state)
                            {
                                let cur = *next;
                                if (*step > 0 && cur < *stop) || (*step < 0 && cur > *stop) {
                                    *next = cur + *step;
                                    let v = crate::object::int_value(cur);
                                    self.stack.push(v);
                                } else {
                                    self.stack.pop();
                                    jump!(t.0);
                                }
                                break 'slow;
                            }
                            self.frames[fi].ip = ip!();
                            self.park_ok = true;
                            let r = self.for_iter_next();
                            self.park_ok = false;
                            match r {
                                Ok(Some(v)) => self.stack.push(v),
                                Ok(None) => {
                                    self.stack.pop();
                                    jump!(t.0);
                                }
                                Err(e) if e.is_park() => {
                                    self.frames[fi].ip = ip!() - 1;
                                    return Ok(Exit::Parked);
                                }
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::BuildList(Count(n)) => {
                            let items = self.stack.split_off(self.stack.len() - n as usize);
                            self.stack.push(Value::list(items));
                        }
                        Op::BuildTuple(Count(n)) => {
                            let items = self.stack.split_off(self.stack.len() - n as usize);
                            self.stack.push(Value::tuple(items));
                        }
                        Op::BuildSet(Count(n)) => {
                            let items = self.stack.split_off(self.stack.len() - n as usize);
                            match self.new_set(items) {
                                Ok(s) => self.stack.push(s),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::BuildMap(Count(n)) => {
                            let items = self.stack.split_off(self.stack.len() - 2 * n as usize);
                            match self.new_dict_from_flat(items) {
                                Ok(d) => self.stack.push(d),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::BuildString(Count(n)) => {
                            // The pieces (strs, and ints that `FormatValue`
                            // left for us) are written straight from the
                            // stack into the new str, sized exactly.
                            let start = self.stack.len() - n as usize;
                            let pieces = &self.stack[start..];
                            let (mut len, mut chars) = (0, 0);
                            for v in pieces {
                                match v {
                                    Value::Str(x) => {
                                        len += x.as_str().len();
                                        chars += x.char_len();
                                    }
                                    Value::Int(i) => {
                                        let d = int_text_len(*i);
                                        len += d;
                                        chars += d;
                                    }
                                    _ => {}
                                }
                            }
                            let fill = |dst: &mut [u8]| {
                                let mut at = 0;
                                for v in pieces {
                                    match v {
                                        Value::Str(x) => {
                                            let b = x.as_str().as_bytes();
                                            dst[at..at + b.len()].copy_from_slice(b);
                                            at += b.len();
                                        }
                                        Value::Int(i) => {
                                            if *i < 0 {
                                                dst[at] = b'-';
                                                at += 1;
                                            }
                                            let mut d = [0u8; 20];
                                            let from = crate::format::spec::decimal_digits(
                                                i.unsigned_abs(),
                                                &mut d,
                                            );
                                            dst[at..at + 20 - from].copy_from_slice(&d[from..]);
                                            at += 20 - from;
                                        }
                                        _ => {}
                                    }
                                }
                            };
                            // SAFETY: str texts and decimal digits are UTF-8,
                            // counted above.
                            let s = unsafe { crate::object::Str::build(len, chars, fill) };
                            self.stack.truncate(start);
                            self.stack.push(Value::Str(Obj::new(s)));
                        }
                        Op::ListAppend(Count(n)) => {
                            let v = self.stack.pop().expect("stack underflow");
                            if let Value::List(l) = &self.stack[self.stack.len() - n as usize] {
                                if let Err(e) =
                                    crate::protocol::push_checked(&mut l.items.lock(), v)
                                {
                                    break 'ops e;
                                }
                            }
                        }
                        Op::SetAdd(Count(n)) => {
                            let v = self.stack.pop().expect("stack underflow");
                            let s = self.stack[self.stack.len() - n as usize].clone();
                            if let Err(e) = self.set_add(&s, v) {
                                break 'ops e;
                            }
                        }
                        Op::MapAdd(Count(n)) => {
                            let v = self.stack.pop().expect("stack underflow");
                            let k = self.stack.pop().expect("stack underflow");
                            let d = self.stack[self.stack.len() - n as usize].clone();
                            if let Value::Dict(d) = &d {
                                if let Err(e) = self.dict_set(d, k, v) {
                                    break 'ops e;
                                }
                            }
                        }
                        Op::ListExtend(Count(n)) => {
                            let it = self.stack.pop().expect("stack underflow");
                            let l = self.stack[self.stack.len() - n as usize].clone();
                            match self.collect(&it) {
                                Ok(items) => {
                                    if let Value::List(l) = &l {
                                        l.items.lock().extend(items);
                                    }
                                }
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::SetUpdate(Count(n)) => {
                            let it = self.stack.pop().expect("stack underflow");
                            let s = self.stack[self.stack.len() - n as usize].clone();
                            let r = self.collect(&it).and_then(|items| {
                                for v in items {
                                    self.set_add(&s, v)?;
                                }
                                Ok(())
                            });
                            if let Err(e) = r {
                                break 'ops e;
                            }
                        }
                        Op::DictUpdate(Count(n)) | Op::DictMerge(Count(n)) => {
                            let m = self.stack.pop().expect("stack underflow");
                            let d = self.stack[self.stack.len() - n as usize].clone();
                            let merge = if matches!(op, Op::DictMerge(_)) {
                                // The stack holds `f, args, kwargs`: name `f` in errors.
                                Some(self.stack[self.stack.len() - n as usize - 2].clone())
                            } else {
                                None
                            };
                            if let Err(e) = self.dict_update_op(&d, &m, merge.as_ref()) {
                                break 'ops e;
                            }
                        }
                        Op::ListToTuple => {
                            let v = self.stack.pop().expect("stack underflow");
                            if let Value::List(l) = v {
                                let items = std::mem::take(&mut *l.items.lock());
                                self.stack.push(Value::tuple(items));
                            } else {
                                self.stack.push(v);
                            }
                        }
                        Op::UnpackSequence(Count(n)) => {
                            let v = self.stack.pop().expect("stack underflow");
                            // Exact-length tuple or list: push the items directly
                            // (moved out when this was the last reference).
                            let v = match v {
                                Value::Tuple(mut t) if t.items.len() == n as usize => {
                                    match Obj::get_mut(&mut t) {
                                        Some(t) => {
                                            let items = std::mem::take(&mut t.items);
                                            self.stack.extend(items.into_vec().into_iter().rev());
                                        }
                                        None => self.stack.extend(t.items.iter().rev().cloned()),
                                    }
                                    break 'slow;
                                }
                                Value::List(mut l) => {
                                    let done = match Obj::get_mut(&mut l) {
                                        Some(l) => {
                                            let items = l.items.get_mut();
                                            let fits = items.len() == n as usize;
                                            if fits {
                                                self.stack.extend(
                                                    std::mem::take(items).into_iter().rev(),
                                                );
                                            }
                                            fits
                                        }
                                        None => {
                                            let items = l.items.lock();
                                            let fits = items.len() == n as usize;
                                            if fits {
                                                self.stack.extend(items.iter().rev().cloned());
                                            }
                                            fits
                                        }
                                    };
                                    if done {
                                        break 'slow;
                                    }
                                    Value::List(l)
                                }
                                other => other,
                            };
                            match self.unpack(&v, n as usize) {
                                Ok(items) => self.stack.extend(items.into_iter().rev()),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::UnpackEx(split) => {
                            let v = self.stack.pop().expect("stack underflow");
                            match self.unpack_ex(&v, split.0 as usize, split.1 as usize) {
                                Ok(items) => self.stack.extend(items.into_iter().rev()),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::MakeFunction(flags) => {
                            match self.make_function(flags, &self.frames[fi].globals().clone()) {
                                Ok(f) => self.stack.push(f),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::BuildClass(Count(n)) => {
                            self.frames[fi].ip = ip!();
                            let bases = self.stack.split_off(self.stack.len() - n as usize);
                            let name = self.stack.pop().expect("stack underflow");
                            let body = self.stack.pop().expect("stack underflow");
                            match self.build_class(body, name, bases) {
                                Ok(c) => self.stack.push(c),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::Return | Op::ReturnNone => {
                            let v = if *op == Op::ReturnNone {
                                Value::None
                            } else {
                                self.stack.pop().expect("stack underflow")
                            };
                            let f = self.frames.pop().expect("frame");
                            self.stack.truncate(f.ret_to);
                            let v = match f.init_self {
                                None => v,
                                Some(inst) => {
                                    if !v.is_none() {
                                        let e = exc::type_error(format!(
                                            "__init__() should return None, not '{}'",
                                            crate::types::type_name(&v)
                                        ));
                                        if f.entry {
                                            return Err(e);
                                        }
                                        match self.unwind(e) {
                                            Ok(()) => continue 'frames,
                                            Err(e) => return Err(e),
                                        }
                                    }
                                    Value::Instance(inst)
                                }
                            };
                            if f.entry {
                                return Ok(Exit::Return(v));
                            }
                            self.stack.push(v);
                            continue 'frames;
                        }
                        Op::Yield => {
                            let v = self.stack.pop().expect("stack underflow");
                            self.frames[fi].ip = ip!();
                            return Ok(Exit::Yield(v));
                        }
                        Op::YieldFrom => {
                            let sent = self.stack.pop().expect("stack underflow");
                            let sub = self.stack.last().expect("stack underflow").clone();
                            match self.send(&sub, sent) {
                                Ok(ops::SendResult::Yielded(v)) => {
                                    // Re-execute YieldFrom on resume, with the sent value pushed.
                                    self.frames[fi].ip = ip!() - 1;
                                    return Ok(Exit::Yield(v));
                                }
                                Ok(ops::SendResult::Returned(v)) => {
                                    self.stack.pop();
                                    self.stack.push(v);
                                }
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::GetYieldFromIter => {
                            let v = self.stack.pop().expect("stack underflow");
                            let it = if let Value::Generator(_) = v {
                                Ok(v)
                            } else {
                                self.iter(&v)
                            };
                            match it {
                                Ok(it) => self.stack.push(it),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::Raise(kind) => {
                            break 'ops self.do_raise(kind);
                        }
                        Op::Reraise => {
                            let v = self.stack.pop().expect("stack underflow");
                            break 'ops PyErr::from_value(v);
                        }
                        Op::PushExcInfo => {
                            let e = self.stack.pop().expect("stack underflow");
                            let prev = std::mem::replace(&mut self.cur_exc, e.clone());
                            self.stack.push(prev);
                            self.stack.push(e);
                        }
                        Op::PopExcept => {
                            let prev = self.stack.pop().expect("stack underflow");
                            self.cur_exc = prev;
                        }
                        Op::CheckExcMatch => {
                            let t = self.stack.pop().expect("stack underflow");
                            let e = self.stack.last().expect("stack underflow").clone();
                            match self.exc_matches(&e, &t) {
                                Ok(b) => self.stack.push(Value::bool(b)),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::ImportName(n) => {
                            self.frames[fi].ip = ip!();
                            let name = code.names[n.0 as usize].clone();
                            let r = if name.starts_with('.') {
                                let g = self.frames[fi].globals().clone();
                                self.resolve_relative(&name, &g)
                                    .and_then(|full| self.import_module(&full))
                            } else {
                                self.import_module(&name)
                            };
                            match r {
                                Ok(m) => self.stack.push(m),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::ImportFrom(n) => {
                            let m = self.stack.last().expect("stack underflow").clone();
                            let name = name!(n.0);
                            match self.import_from(&m, name) {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::ImportStar => {
                            let m = self.stack.pop().expect("stack underflow");
                            if let Err(e) = self.import_star(fi, &m) {
                                break 'ops e;
                            }
                        }
                        Op::PrintExpr => {
                            let v = self.stack.pop().expect("stack underflow");
                            if !v.is_none() {
                                match self.repr(&v) {
                                    Ok(s) => self.ctx.write_out(&format!("{}\n", s)),
                                    Err(e) => break 'ops e,
                                }
                            }
                        }
                        Op::FormatValue(flags) => {
                            let spec = if flags.0 & 4 != 0 {
                                self.stack.pop()
                            } else {
                                None
                            };
                            let v = self.stack.pop().expect("stack underflow");
                            match self.format_value(v, flags.0 & 3, spec) {
                                Ok(s) => self.stack.push(s),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::BeforeWith => {
                            let mgr = self.stack.pop().expect("stack underflow");
                            self.frames[fi].ip = ip!();
                            match self.before_with(&mgr) {
                                Ok((exit, entered)) => {
                                    self.stack.push(exit);
                                    self.stack.push(entered);
                                }
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::WithExceptStart => {
                            let len = self.stack.len();
                            let exit = self.stack[len - 3].clone();
                            let e = self.stack[len - 1].clone();
                            self.frames[fi].ip = ip!();
                            let args =
                                vec![Value::Class(crate::types::class_of(&e)), e, Value::None];
                            match self.call(&exit, &args) {
                                Ok(r) => self.stack.push(r),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::LoadAssertionError => {
                            self.stack
                                .push(Value::Class(crate::types::types().assertion_error.clone()));
                        }
                        Op::MatchSequence => {
                            let b =
                                ops::is_match_sequence(self.stack.last().expect("stack underflow"));
                            self.stack.push(Value::bool(b));
                        }
                        Op::MatchMapping => {
                            let b =
                                ops::is_match_mapping(self.stack.last().expect("stack underflow"));
                            self.stack.push(Value::bool(b));
                        }
                        Op::GetLen => {
                            let v = self.stack.last().expect("stack underflow").clone();
                            match self.len(&v) {
                                Ok(n) => self.stack.push(Value::Int(n as i64)),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::MatchKeys => {
                            let len = self.stack.len();
                            let keys = self.stack[len - 1].clone();
                            let subject = self.stack[len - 2].clone();
                            match self.match_keys(&subject, &keys) {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::MatchClass(Count(n)) => {
                            let kw = self.stack.pop().expect("stack underflow");
                            let cls = self.stack.pop().expect("stack underflow");
                            let subject = self.stack.pop().expect("stack underflow");
                            match self.match_class(&subject, &cls, n as usize, &kw) {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::CopyDictWithoutKeys => {
                            let keys = self.stack.pop().expect("stack underflow");
                            let d = self.stack.last().expect("stack underflow").clone();
                            match self.copy_dict_without(&d, &keys) {
                                Ok(v) => self.stack.push(v),
                                Err(e) => break 'ops e,
                            }
                        }
                        Op::LoadSuper => match self.load_super(fi) {
                            Ok(v) => self.stack.push(v),
                            Err(e) => break 'ops e,
                        },
                    }
                }
                sync_in!();
            };
            // Exception path: record where the frame stopped, then unwind.
            self.frames[fi].ip = ip!();
            match self.unwind(err) {
                Ok(()) => continue 'frames,
                Err(e) => return Err(e),
            }
        }
    }
}
