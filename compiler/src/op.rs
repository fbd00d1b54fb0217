//! The opcode table: every instruction of the Spindle VM, on one line each.
//!
//! The VM is a stack machine. Each line below gives the instruction, its
//! operand (if any), its stack effect (an expression over the operand named
//! `n` where the effect depends on it) and what it does. The `Op` enum, the
//! names used by the disassembler and `Op::stack_effect` are all generated
//! from this one list, so they cannot drift apart.
//!
//! Notation in the comments: `TOS` is the top of the stack, `TOS1` the item
//! below it. Jump targets are absolute instruction indexes.

use std::fmt;

/// Index into `Code::consts`. A function may hold at most 2^32 constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ConstIdx(pub u32);

/// Index of a local variable slot (`Code::varnames`). The frame layout puts
/// locals first, then cells; 65,535 locals per function at most.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Local(pub u32);

/// Index of a cell or free variable (`Code::cellvars` then `Code::freevars`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CellIdx(pub u32);

/// Index into the module-wide global-name table (`CompiledModule::globals`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct GlobalIdx(pub u32);

/// Index into `Code::names` (attribute names, class-body names, imports).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NameIdx(pub u32);

/// An absolute instruction index used as a jump target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// A count of stack items (arguments, elements).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Count(pub u32);

/// A small integer pushed without a constant-table entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SmallInt(pub i32);

/// Operand of `UnpackEx`: names before and after the starred target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StarSplit(pub u16, pub u16);

/// Operand of the fused attribute instructions: a local slot and an index
/// into `Code::names` (emitted only when both fit in 16 bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LocalName(pub u16, pub u16);

/// Operand of `LoadFastAttrAttr`: a local slot and two `Code::names`
/// indexes (`local.a.b`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LocalName2(pub u16, pub u16, pub u16);

/// Operand of `FormatValue`: conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`),
/// plus 4 when a format spec string sits on top of the value, plus 8 when
/// the result is a piece of a `BuildString` (which formats an int left
/// without conversion or spec itself).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FmtFlags(pub u8);

/// Binary operators, shared by `BinaryOp` and `InplaceOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

impl BinOp {
    /// The operator as written in source (`+`, `//`, ...).
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::MatMul => "@",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::BitXor => "^",
        }
    }
}

/// Comparison operators of `CompareOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

impl CmpOp {
    /// The operator as written in source.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}

/// Operand of `Raise`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RaiseKind {
    /// Bare `raise`: re-raise the exception being handled.
    Reraise,
    /// `raise X`.
    Raise,
    /// `raise X from Y`.
    RaiseFrom,
}

/// Operand of `MakeFunction`: which optional parts sit below the code.
/// Bit 0: defaults tuple, bit 1: keyword-only defaults dict, bit 2: closure
/// tuple of cells, bit 3: annotations dict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FnFlags(pub u8);

impl FnFlags {
    pub const DEFAULTS: u8 = 1;
    pub const KWDEFAULTS: u8 = 2;
    pub const CLOSURE: u8 = 4;
    /// An `__annotations__` dict, between the keyword defaults and the closure.
    pub const ANNOTATIONS: u8 = 8;
    fn parts(self) -> i32 {
        self.0.count_ones() as i32
    }
}

macro_rules! fmt_operand {
    ($f:expr, $v:expr) => {
        write!($f, " {:?}", $v)
    };
}

macro_rules! define_ops {
    ($( $(#[doc = $doc:literal])* $name:ident $( ( $n:ident : $ty:ty ) )? => $effect:expr ;)*) => {
        /// One VM instruction with its operand. Generated from the table in
        /// this module; see each variant for its stack effect.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Op {
            $( $(#[doc = $doc])* $name $( ($ty) )? ,)*
        }

        impl Op {
            /// The instruction's name as the disassembler prints it.
            pub fn name(&self) -> &'static str {
                match self { $( define_ops!(@pat $name $( $ty )?) => stringify!($name), )* }
            }

            /// Net change of the stack depth when the instruction falls
            /// through (jumps may pop differently; see `jump_effect`).
            #[allow(unused_variables)]
            pub fn stack_effect(&self) -> i32 {
                match *self { $( define_ops!(@bind $name $( $n $ty )?) => { $effect } )* }
            }

            /// Writes the operand, if any, for the disassembler.
            pub fn fmt_operand(&self, f: &mut dyn fmt::Write) -> fmt::Result {
                match self {
                    $( define_ops!(@bind $name $( $n $ty )?) => { define_ops!(@fmt f $( $n $ty )?) } )*
                }
            }
        }
    };
    (@pat $name:ident) => { Op::$name };
    (@pat $name:ident $ty:ty) => { Op::$name(_) };
    (@bind $name:ident) => { Op::$name };
    (@bind $name:ident $v:ident $ty:ty) => { Op::$name($v) };
    (@fmt $f:ident) => { Ok(()) };
    (@fmt $f:ident $v:ident $ty:ty) => { fmt_operand!($f, $v) };
}

define_ops! {
    /// Does nothing.
    Nop => 0;
    /// Discards TOS.
    Pop => -1;
    /// Pushes a copy of the n-th item (1 = TOS).
    Copy(n: Count) => 1;
    /// Swaps TOS with the n-th item (2 = TOS1).
    Swap(n: Count) => 0;
    /// Pushes a constant.
    LoadConst(n: ConstIdx) => 1;
    /// Pushes a small integer.
    LoadInt(n: SmallInt) => 1;
    /// Pushes None.
    LoadNone => 1;
    /// Pushes a local; raises UnboundLocalError if it is unset.
    LoadFast(n: Local) => 1;
    /// Pops TOS into a local.
    StoreFast(n: Local) => -1;
    /// Unsets a local.
    DeleteFast(n: Local) => 0;
    /// Pushes the value held by a cell or free variable.
    LoadDeref(n: CellIdx) => 1;
    /// Pops TOS into a cell.
    StoreDeref(n: CellIdx) => -1;
    /// Empties a cell.
    DeleteDeref(n: CellIdx) => 0;
    /// Pushes the cell object itself (to build a closure).
    LoadClosure(n: CellIdx) => 1;
    /// Class body: looks the name up in the class namespace, then reads the cell.
    LoadClassDeref(n: CellIdx) => 1;
    /// Pushes a global (module slot, then builtins); NameError if missing.
    LoadGlobal(n: GlobalIdx) => 1;
    /// Pops TOS into a global.
    StoreGlobal(n: GlobalIdx) => -1;
    /// Removes a global.
    DeleteGlobal(n: GlobalIdx) => 0;
    /// Class body: namespace, then globals, then builtins.
    LoadName(n: NameIdx) => 1;
    /// Class body: pops TOS into the namespace.
    StoreName(n: NameIdx) => -1;
    /// Class body: removes a name from the namespace.
    DeleteName(n: NameIdx) => 0;
    /// Replaces TOS with TOS.name.
    LoadAttr(n: NameIdx) => 0;
    /// TOS.name = TOS1; pops both.
    StoreAttr(n: NameIdx) => -2;
    /// del TOS.name; pops it.
    DeleteAttr(n: NameIdx) => -1;
    /// Replaces TOS with [method, self] or [callable, NULL] for CallMethod.
    LoadMethod(n: NameIdx) => 1;
    /// Pushes local.name (LoadFast + LoadAttr without the refcount traffic).
    LoadFastAttr(n: LocalName) => 1;
    /// Pushes local.a.b (LoadFastAttr + LoadAttr).
    LoadFastAttrAttr(n: LocalName2) => 1;
    /// local.name = TOS; pops it (LoadFast + StoreAttr).
    StoreFastAttr(n: LocalName) => -1;
    /// LoadFast + LoadMethod: pushes [method, self] or [callable, NULL].
    LoadFastMethod(n: LocalName) => 2;
    /// Calls a method loaded by LoadMethod with n positional arguments.
    CallMethod(n: Count) => -(n.0 as i32) - 1;
    /// TOS = TOS1 op TOS.
    BinaryOp(n: BinOp) => -1;
    /// TOS = TOS1 op= TOS (tries the in-place dunder first).
    InplaceOp(n: BinOp) => -1;
    /// TOS = TOS1 + TOS (hot path).
    Add => -1;
    /// TOS = TOS1 - TOS (hot path).
    Sub => -1;
    /// TOS = TOS1 cmp TOS.
    CompareOp(n: CmpOp) => -1;
    /// TOS = -TOS.
    Neg => 0;
    /// TOS = +TOS.
    Pos => 0;
    /// TOS = ~TOS.
    Invert => 0;
    /// TOS = not TOS.
    Not => 0;
    /// TOS = TOS1[TOS].
    Subscr => -1;
    /// TOS1[TOS] = TOS2; pops three.
    StoreSubscr => -3;
    /// del TOS1[TOS]; pops two.
    DeleteSubscr => -2;
    /// Builds a slice from 2 or 3 items.
    BuildSlice(n: Count) => 1 - n.0 as i32;
    /// Unconditional jump forward.
    Jump(n: Label) => 0;
    /// Jump backward: charges the preemption budget.
    JumpBack(n: Label) => 0;
    /// Pops TOS; jumps if it is false.
    PopJumpIfFalse(n: Label) => -1;
    /// Pops TOS; jumps if it is true.
    PopJumpIfTrue(n: Label) => -1;
    /// If TOS is false jumps and keeps it, else pops it (`and`).
    JumpIfFalseOrPop(n: Label) => -1;
    /// If TOS is true jumps and keeps it, else pops it (`or`).
    JumpIfTrueOrPop(n: Label) => -1;
    /// Pops TOS; jumps if it is not None.
    PopJumpIfNotNone(n: Label) => -1;
    /// Replaces TOS with iter(TOS).
    GetIter => 0;
    /// Pushes next(TOS); when exhausted pops the iterator and jumps.
    ForIter(n: Label) => 1;
    /// Builds a list from n items.
    BuildList(n: Count) => 1 - n.0 as i32;
    /// Builds a tuple from n items.
    BuildTuple(n: Count) => 1 - n.0 as i32;
    /// Builds a set from n items.
    BuildSet(n: Count) => 1 - n.0 as i32;
    /// Builds a dict from n key/value pairs.
    BuildMap(n: Count) => 1 - 2 * n.0 as i32;
    /// Concatenates n strings.
    BuildString(n: Count) => 1 - n.0 as i32;
    /// Appends TOS to the list n items down (comprehensions).
    ListAppend(n: Count) => -1;
    /// Adds TOS to the set n items down.
    SetAdd(n: Count) => -1;
    /// Stores TOS1: TOS in the dict n items down.
    MapAdd(n: Count) => -2;
    /// Extends the list n items down with the iterable TOS.
    ListExtend(n: Count) => -1;
    /// Updates the set n items down with the iterable TOS.
    SetUpdate(n: Count) => -1;
    /// Updates the dict n items down with the mapping TOS (display `**`).
    DictUpdate(n: Count) => -1;
    /// Like DictUpdate but a repeated key is a TypeError (call `**`).
    DictMerge(n: Count) => -1;
    /// Replaces the list TOS with a tuple.
    ListToTuple => 0;
    /// Unpacks TOS into n items, first item on top.
    UnpackSequence(n: Count) => n.0 as i32 - 1;
    /// Unpacks TOS with one starred target.
    UnpackEx(n: StarSplit) => n.0 as i32 + n.1 as i32;
    /// Calls TOS-n with n positional arguments.
    Call(n: Count) => -(n.0 as i32);
    /// Calls with n arguments whose last names are the tuple TOS.
    CallKw(n: Count) => -(n.0 as i32) - 1;
    /// Calls TOS2 (or TOS1) with the args tuple and, if n is 1, kwargs dict.
    CallEx(n: Count) => -1 - n.0 as i32;
    /// Builds a function from the code constant TOS and its optional parts.
    MakeFunction(n: FnFlags) => -n.parts();
    /// Builds a class: TOS-n..TOS are body function, name, bases...; kw names tuple if kw.
    BuildClass(n: Count) => -(n.0 as i32) - 1;
    /// Returns TOS to the caller.
    Return => -1;
    /// Returns None to the caller (LoadNone + Return).
    ReturnNone => 0;
    /// Suspends the generator, yielding TOS; resumes with the sent value on top.
    Yield => 0;
    /// Delegates to the sub-iterator TOS1 sending TOS; jumps back until it stops.
    YieldFrom => -1;
    /// Replaces TOS with the iterator for `yield from`.
    GetYieldFromIter => 0;
    /// Raises (see RaiseKind).
    Raise(n: RaiseKind) => 0;
    /// Re-raises the exception TOS (end of a finally or unmatched handler).
    Reraise => -1;
    /// In a handler: pushes the caught exception and makes it current.
    PushExcInfo => 1;
    /// Leaves a handler: restores the previous current exception.
    PopExcept => -1;
    /// TOS = isinstance(TOS1, TOS) for except clauses (TOS1 kept).
    CheckExcMatch => 0;
    /// Imports a module by dotted name (loading its packages first) and
    /// pushes the module the full name denotes (the leaf, not the top package).
    ImportName(n: NameIdx) => 1;
    /// `from m import *`: pops the module TOS and binds its public names.
    ImportStar => -1;
    /// REPL: pops TOS and prints its repr unless it is None.
    PrintExpr => -1;
    /// Pushes attribute name of the module TOS (from-import).
    ImportFrom(n: NameIdx) => 1;
    /// Formats TOS for an f-string (with flag 4, TOS is the format spec
    /// and TOS1 the value: both are replaced by the result).
    FormatValue(n: FmtFlags) => -(((n.0 >> 2) & 1) as i32);
    /// Replaces the context manager TOS with its __exit__ and __enter__().
    BeforeWith => 1;
    /// Stack [exit, prev_exc, exc]: calls exit(type(exc), exc, tb) and pushes its result.
    WithExceptStart => 1;
    /// Pushes AssertionError.
    LoadAssertionError => 1;
    /// Pushes whether TOS is a sequence for `case [...]`.
    MatchSequence => 1;
    /// Pushes whether TOS is a mapping for `case {...}`.
    MatchMapping => 1;
    /// Pushes len(TOS).
    GetLen => 1;
    /// TOS is a keys tuple; pushes a tuple of TOS1's values or None.
    MatchKeys => 1;
    /// TOS2 subject, TOS1 class, TOS kw-name tuple: replaces them with attrs tuple or None.
    MatchClass(n: Count) => -2;
    /// TOS1 dict, TOS keys tuple: replaces TOS with a dict copy without those keys.
    CopyDictWithoutKeys => 0;
    /// Pushes the zero-argument super() for the current method.
    LoadSuper => 1;
}

impl Op {
    /// Stack depth change when the jump is taken, for jumping instructions.
    pub fn jump_effect(&self) -> Option<i32> {
        match self {
            Op::Jump(_) | Op::JumpBack(_) => Some(0),
            Op::PopJumpIfFalse(_) | Op::PopJumpIfTrue(_) | Op::PopJumpIfNotNone(_) => Some(-1),
            Op::JumpIfFalseOrPop(_) | Op::JumpIfTrueOrPop(_) => Some(0),
            Op::ForIter(_) => Some(-1),
            _ => None,
        }
    }

    /// The jump target, for jumping instructions.
    pub fn target(&self) -> Option<Label> {
        match *self {
            Op::Jump(l)
            | Op::JumpBack(l)
            | Op::PopJumpIfFalse(l)
            | Op::PopJumpIfTrue(l)
            | Op::JumpIfFalseOrPop(l)
            | Op::JumpIfTrueOrPop(l)
            | Op::PopJumpIfNotNone(l)
            | Op::ForIter(l) => Some(l),
            _ => None,
        }
    }

    /// Sets the jump target of a jumping instruction (used by the emitter's
    /// back-patching).
    pub fn set_target(&mut self, to: Label) {
        match self {
            Op::Jump(l)
            | Op::JumpBack(l)
            | Op::PopJumpIfFalse(l)
            | Op::PopJumpIfTrue(l)
            | Op::JumpIfFalseOrPop(l)
            | Op::JumpIfTrueOrPop(l)
            | Op::PopJumpIfNotNone(l)
            | Op::ForIter(l) => *l = to,
            _ => panic!("set_target on a non-jump {:?}", self),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn op_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<Op>(), 8);
    }

    #[test]
    fn effects_follow_operands() {
        assert_eq!(Op::BuildList(Count(3)).stack_effect(), -2);
        assert_eq!(Op::Call(Count(2)).stack_effect(), -2);
        assert_eq!(Op::UnpackSequence(Count(3)).stack_effect(), 2);
        assert_eq!(
            Op::MakeFunction(FnFlags(FnFlags::DEFAULTS | FnFlags::CLOSURE)).stack_effect(),
            -2
        );
        assert_eq!(Op::LoadFast(Local(0)).name(), "LoadFast");
    }
}
